package dev.connector.customers;

/** Room preferences of a customer (the API's resource feature classifications). */
public enum SpaceFeature {
    SeaView,
    RiverView,
    OceanView,
    TwinBeds,
    DoubleBed,
    RollawayBed,
    UpperBed,
    LowerBed,
    Balcony,
    AccessibleBathroom,
    AccessibleRoom,
    ElevatorAccess,
    HighFloor,
    Kitchenette,
    AirConditioning,
    PrivateJacuzzi,
    PrivateSauna,
    EnsuiteRoom,
    PrivateBathroom,
    SharedBathroom
}
