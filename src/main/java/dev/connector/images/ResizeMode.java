package dev.connector.images;

/**
 * How an image is brought to a requested width and height (the spec's names). The plain modes keep the result
 * within the request and never enlarge the picture, so the result may be smaller; the Exact modes always return
 * exactly the requested size, padding (Fit) or cropping (Cover) as needed.
 */
public enum ResizeMode {
    /** Scales to cover the box, cropping what overflows; never enlarges. */
    Cover,
    /** Scales to cover the box and crops to exactly its size. */
    CoverExact,
    /** Scales to fit within the box, keeping the proportions; never enlarges. */
    Fit,
    /** Scales to fit within the box and pads with white to exactly its size. */
    FitExact
}
