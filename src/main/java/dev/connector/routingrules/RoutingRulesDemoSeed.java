package dev.connector.routingrules;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Routing rules per demo hotel: the first demo company pays the nights of its employees' stays
 * ({@code routing-rule/1}, all stay items), and the travel agency (company 3) the nights of its bookings when they
 * are prepaid ({@code routing-rule/2}, selected items).
 */
public final class RoutingRulesDemoSeed implements DemoSeed {

    private final RoutingRuleStore store;

    RoutingRulesDemoSeed(RoutingRuleStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        Instant created = tx.now().minus(Duration.ofDays(10));
        store.insert(tx.handle(), new RoutingRule(hotel.id("routing-rule/1"), hotel.enterpriseId(),
                hotel.id("company/1"), RoutingRule.CompanyRelation.PartnerCompany, RoutingRule.Applicability.Always,
                RoutingRule.RouteType.AllStayItems, hotel.serviceId(), null, created, created));
        store.insert(tx.handle(), new RoutingRule(hotel.id("routing-rule/2"), hotel.enterpriseId(),
                hotel.id("company/3"), RoutingRule.CompanyRelation.TravelAgency, RoutingRule.Applicability.PrepaidOnly,
                RoutingRule.RouteType.SelectedStayItems, hotel.serviceId(),
                new RoutingRule.StayItems(true, true, List.of()), created, created));
    }
}
