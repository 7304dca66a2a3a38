package shop;

/** Where an order is in its life; stored by name (see {@link PurchaseOrder#getStatus()}). */
public enum OrderStatus {
    NEW,
    PAID,
    SHIPPED,
    CANCELLED
}
