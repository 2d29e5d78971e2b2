package dev.connector.vouchers;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.events.Transactions;
import dev.connector.services.RequestChecks;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code voucherCodes/add|getAll|delete}: the codes customers book a voucher's rates with. A value is unique among
 * the enterprise's active codes. No events (the reference documents none).
 */
public final class VoucherCodeOperations {

    private static final int MAX_ITEMS = 1000;

    public record CodeParameters(UUID voucherId, String value, Instant validityStartUtc, Instant validityEndUtc) {
    }

    public record Add(UUID enterpriseId, List<CodeParameters> voucherCodeParameters) {
        public Add {
            Require.notEmpty(voucherCodeParameters, "VoucherCodeParameters");
            Require.atMost(voucherCodeParameters, MAX_ITEMS, "VoucherCodeParameters");
            for (int i = 0; i < voucherCodeParameters.size(); i++) {
                String at = "VoucherCodeParameters[" + i + "]";
                CodeParameters code = Require.present(voucherCodeParameters.get(i), at);
                Require.present(code.voucherId(), at + ".VoucherId");
                Require.maxLength(Require.text(code.value(), at + ".Value"), 128, at + ".Value");
                if (code.validityStartUtc() != null && code.validityEndUtc() != null
                        && code.validityEndUtc().isBefore(code.validityStartUtc())) {
                    throw new InvalidRequest(at + ".ValidityEndUtc must not be before ValidityStartUtc.");
                }
            }
        }
    }

    public record GetAll(Limitation limitation, List<UUID> enterpriseIds, List<UUID> voucherCodeIds,
                         List<UUID> voucherIds, TimeInterval updatedUtc) {
        public GetAll {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.optionalList(voucherCodeIds, "VoucherCodeIds");
            RequestChecks.requiredList(voucherIds, "VoucherIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record Delete(UUID enterpriseId, List<UUID> voucherCodeIds) {
        public Delete {
            RequestChecks.requiredList(voucherCodeIds, "VoucherCodeIds");
        }
    }

    public record Result(List<VoucherCode> voucherCodes, UUID cursor) {
    }

    private final Transactions transactions;
    private final VoucherStore store;
    private final Supplier<UUID> ids;

    VoucherCodeOperations(Transactions transactions, VoucherStore store, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.ids = ids;
    }

    public Result add(Add request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            List<UUID> voucherIds = request.voucherCodeParameters().stream().map(CodeParameters::voucherId).toList();
            Map<UUID, StoredVoucher> vouchers = store.find(tx.handle(), voucherIds, List.of(enterpriseId)).stream()
                    .collect(Collectors.toMap(stored -> stored.voucher().id(), Function.identity()));
            Set<String> values = new HashSet<>();
            List<VoucherCode> added = new ArrayList<>();
            for (int i = 0; i < request.voucherCodeParameters().size(); i++) {
                CodeParameters parameters = request.voucherCodeParameters().get(i);
                String at = "VoucherCodeParameters[" + i + "]";
                StoredVoucher voucher = vouchers.get(parameters.voucherId());
                if (voucher == null) {
                    throw new InvalidRequest(at + ".VoucherId " + parameters.voucherId()
                            + " is not a voucher of the enterprise.");
                }
                if (!voucher.voucher().isActive()) {
                    throw new Forbidden("The voucher " + voucher.voucher().name()
                            + " has been deleted; codes cannot be added to it.");
                }
                if (!values.add(parameters.value())
                        || store.activeCode(tx.handle(), enterpriseId, parameters.value()).isPresent()) {
                    throw new Forbidden("The voucher code " + parameters.value()
                            + " is already in use; choose another value.");
                }
                VoucherCode code = new VoucherCode(ids.get(), parameters.voucherId(), parameters.value(),
                        parameters.validityStartUtc(), parameters.validityEndUtc(), tx.now(), tx.now(), "Active", true);
                store.insert(tx.handle(), enterpriseId, code);
                added.add(code);
            }
            return new Result(added, null);
        });
    }

    public Result getAll(GetAll request, Caller caller) {
        Filter filter = Filter.where()
                .in("enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("voucher_id", request.voucherIds())
                .in("id", request.voucherCodeIds())
                .within("updated_utc", request.updatedUtc());
        Page<VoucherCode> page = transactions.read(handle -> store.codes(handle, filter, request.limitation()));
        return new Result(page.items(), page.cursor());
    }

    public Object delete(Delete request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            Map<UUID, VoucherCode> found = store.codes(tx.handle(), request.voucherCodeIds(), List.of(enterpriseId))
                    .stream().collect(Collectors.toMap(VoucherCode::id, Function.identity()));
            for (int i = 0; i < request.voucherCodeIds().size(); i++) {
                UUID id = Require.present(request.voucherCodeIds().get(i), "VoucherCodeIds[" + i + "]");
                VoucherCode code = found.get(id);
                if (code == null) {
                    throw new InvalidRequest("VoucherCodeIds[" + i + "] " + id
                            + " is not a voucher code of the enterprise.");
                }
                if (code.isActive()) {
                    VoucherCode deleted = code.deleted(tx.now());
                    store.update(tx.handle(), deleted);
                    found.put(id, deleted);
                }
            }
            return null;
        });
    }
}
