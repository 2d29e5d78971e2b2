package dev.connector.servicenotes;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.api.UpdateValue;
import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.reservations.Reservation;
import dev.connector.reservations.ReservationStore;
import dev.connector.services.RequestChecks;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * {@code serviceOrderNotes/add|getAll|update|delete}: notes on reservations. Every change of a reservation's notes
 * is a change of the reservation: one ServiceOrderUpdated per reservation touched, in the same transaction.
 */
public final class ServiceOrderNoteOperations {

    private static final int MAX_ITEMS = 1000;

    public record NoteParameters(UUID serviceOrderId, String text) {
    }

    public record Add(List<NoteParameters> serviceOrderNotes) {
        public Add {
            Require.notEmpty(serviceOrderNotes, "ServiceOrderNotes");
            Require.atMost(serviceOrderNotes, MAX_ITEMS, "ServiceOrderNotes");
            for (int i = 0; i < serviceOrderNotes.size(); i++) {
                NoteParameters note = Require.present(serviceOrderNotes.get(i), "ServiceOrderNotes[" + i + "]");
                Require.present(note.serviceOrderId(), "ServiceOrderNotes[" + i + "].ServiceOrderId");
                Require.text(note.text(), "ServiceOrderNotes[" + i + "].Text");
            }
        }
    }

    public record GetAll(Limitation limitation, List<UUID> enterpriseIds, List<UUID> serviceOrderIds,
                         List<UUID> serviceOrderNoteIds, TimeInterval updatedUtc, List<OrderNote.Type> types) {
        public GetAll {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.requiredList(serviceOrderIds, "ServiceOrderIds");
            RequestChecks.optionalList(serviceOrderNoteIds, "ServiceOrderNoteIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record NoteUpdate(UUID serviceOrderNoteId, UpdateValue<String> text) {
    }

    public record Update(List<NoteUpdate> serviceOrderNoteUpdates) {
        public Update {
            Require.notEmpty(serviceOrderNoteUpdates, "ServiceOrderNoteUpdates");
            Require.atMost(serviceOrderNoteUpdates, MAX_ITEMS, "ServiceOrderNoteUpdates");
            for (int i = 0; i < serviceOrderNoteUpdates.size(); i++) {
                NoteUpdate update = Require.present(serviceOrderNoteUpdates.get(i), "ServiceOrderNoteUpdates[" + i + "]");
                Require.present(update.serviceOrderNoteId(), "ServiceOrderNoteUpdates[" + i + "].ServiceOrderNoteId");
                if (update.text() != null) {
                    Require.text(update.text().value(), "ServiceOrderNoteUpdates[" + i + "].Text.Value");
                }
            }
        }
    }

    public record Delete(List<UUID> serviceOrderNoteIds) {
        public Delete {
            RequestChecks.requiredList(serviceOrderNoteIds, "ServiceOrderNoteIds");
        }
    }

    public record NotesResult(List<OrderNote> serviceOrderNotes) {
    }

    public record PageResult(List<OrderNote> serviceOrderNotes, UUID cursor) {
    }

    private final Transactions transactions;
    private final ServiceOrderNoteStore store;
    private final ReservationStore reservations;
    private final Supplier<UUID> ids;

    ServiceOrderNoteOperations(Transactions transactions, ServiceOrderNoteStore store, ReservationStore reservations,
                               Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.reservations = reservations;
        this.ids = ids;
    }

    public NotesResult add(Add request, Caller caller) {
        return transactions.write(tx -> {
            Touched touched = new Touched();
            List<OrderNote> added = new ArrayList<>();
            for (int i = 0; i < request.serviceOrderNotes().size(); i++) {
                NoteParameters parameters = request.serviceOrderNotes().get(i);
                String field = "ServiceOrderNotes[" + i + "].ServiceOrderId";
                Reservation reservation = reservation(tx.handle(), caller, parameters.serviceOrderId())
                        .orElseThrow(() -> new InvalidRequest(field + " " + parameters.serviceOrderId()
                                + " is not a service order of the enterprise."));
                UUID enterpriseId = touched.add(tx.handle(), reservation);
                OrderNote note = new OrderNote(ids.get(), reservation.id(), parameters.text(), OrderNote.Type.General,
                        tx.now(), tx.now());
                store.insert(tx.handle(), enterpriseId, note);
                added.add(note);
            }
            touched.emit(tx);
            return new NotesResult(added);
        });
    }

    public PageResult getAll(GetAll request, Caller caller) {
        List<OrderNote.Type> types = request.types() == null || request.types().isEmpty()
                ? List.of(OrderNote.Type.General, OrderNote.Type.ChannelManager)
                : request.types();
        Filter filter = Filter.where()
                .in("enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("service_order_id", request.serviceOrderIds())
                .in("id", request.serviceOrderNoteIds())
                .in("type", types)
                .within("updated_utc", request.updatedUtc());
        Page<OrderNote> page = transactions.read(handle -> store.page(handle, filter, request.limitation()));
        return new PageResult(page.items(), page.cursor());
    }

    public NotesResult update(Update request, Caller caller) {
        return transactions.write(tx -> {
            List<UUID> noteIds = request.serviceOrderNoteUpdates().stream().map(NoteUpdate::serviceOrderNoteId).toList();
            Map<UUID, ServiceOrderNoteStore.Stored> found = found(tx.handle(), noteIds, caller,
                    "ServiceOrderNoteUpdates", "ServiceOrderNoteId");
            Touched touched = new Touched();
            List<OrderNote> updated = new ArrayList<>();
            for (NoteUpdate update : request.serviceOrderNoteUpdates()) {
                OrderNote current = found.get(update.serviceOrderNoteId()).note();
                if (current.type() != OrderNote.Type.General) {
                    throw new Forbidden("The note " + current.id() + " came from " + describe(current.type())
                            + " and cannot be changed.");
                }
                OrderNote note = update.text() == null ? current : current.withText(update.text().value(), tx.now());
                store.update(tx.handle(), note);
                found.put(note.id(), new ServiceOrderNoteStore.Stored(found.get(note.id()).enterpriseId(), note));
                touched.add(tx.handle(), found.get(note.id()).enterpriseId(), note.orderId());
                updated.add(note);
            }
            touched.emit(tx);
            return new NotesResult(updated);
        });
    }

    public Object delete(Delete request, Caller caller) {
        return transactions.write(tx -> {
            Map<UUID, ServiceOrderNoteStore.Stored> found = found(tx.handle(), request.serviceOrderNoteIds(), caller,
                    "ServiceOrderNoteIds", null);
            Touched touched = new Touched();
            for (ServiceOrderNoteStore.Stored stored : found.values()) {
                if (stored.note().type() != OrderNote.Type.General) {
                    throw new Forbidden("The note " + stored.note().id() + " came from "
                            + describe(stored.note().type()) + " and cannot be deleted.");
                }
                store.delete(tx.handle(), stored.note().id());
                touched.add(tx.handle(), stored.enterpriseId(), stored.note().orderId());
            }
            touched.emit(tx);
            return null;
        });
    }

    private static String describe(OrderNote.Type type) {
        return switch (type) {
            case General -> "staff";
            case ChannelManager -> "the channel manager";
            case SpecialRequest -> "the guest as a special request";
        };
    }

    /** The reservation in one of the caller's enterprises, or empty. */
    private Optional<Reservation> reservation(Handle handle, Caller caller, UUID reservationId) {
        return reservations.enterpriseOf(handle, reservationId)
                .filter(caller.enterpriseIds()::contains)
                .flatMap(enterpriseId -> reservations.find(handle, enterpriseId, reservationId));
    }

    /** Every note named, keyed by id in request order; a 400 naming the first unknown one. */
    private Map<UUID, ServiceOrderNoteStore.Stored> found(Handle handle, List<UUID> noteIds, Caller caller,
                                                          String list, String field) {
        Map<UUID, ServiceOrderNoteStore.Stored> byId = new LinkedHashMap<>();
        store.find(handle, noteIds, caller.enterpriseIds()).forEach(stored -> byId.put(stored.note().id(), stored));
        Map<UUID, ServiceOrderNoteStore.Stored> ordered = new LinkedHashMap<>();
        for (int i = 0; i < noteIds.size(); i++) {
            UUID id = noteIds.get(i);
            if (!byId.containsKey(id)) {
                String at = list + "[" + i + "]" + (field == null ? "" : "." + field);
                throw new InvalidRequest(at + " " + id + " is not a service order note of the enterprise.");
            }
            ordered.put(id, byId.get(id));
        }
        return ordered;
    }

    /** The reservations whose notes a request changed, each announced once. */
    private final class Touched {

        private final Map<UUID, Reservation> byId = new LinkedHashMap<>();
        private final Map<UUID, UUID> enterpriseOf = new LinkedHashMap<>();

        UUID add(Handle handle, Reservation reservation) {
            UUID enterpriseId = reservations.enterpriseOf(handle, reservation.id()).orElseThrow();
            byId.put(reservation.id(), reservation);
            enterpriseOf.put(reservation.id(), enterpriseId);
            return enterpriseId;
        }

        void add(Handle handle, UUID enterpriseId, UUID reservationId) {
            if (!byId.containsKey(reservationId)) {
                reservations.find(handle, enterpriseId, reservationId).ifPresent(reservation -> {
                    byId.put(reservationId, reservation);
                    enterpriseOf.put(reservationId, enterpriseId);
                });
            }
        }

        void emit(Tx tx) {
            byId.values().forEach(reservation -> tx.emit(new DomainEvent.ServiceOrderUpdated(
                    enterpriseOf.get(reservation.id()), reservation.id(), reservation.state().name(),
                    reservation.startUtc(), reservation.endUtc(), reservation.assignedResourceId())));
        }
    }
}
