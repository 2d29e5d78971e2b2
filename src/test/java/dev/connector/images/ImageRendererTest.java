package dev.connector.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The resize modes as a pure function over a drawn 800 x 600 picture. */
class ImageRendererTest {

    private static final BufferedImage LANDSCAPE = ImageRenderer.draw(new Image(UUID.randomUUID(), UUID.randomUUID(),
            "test", 800, 600, 0xE4D5B7, 0x4F6D7A, Image.Motif.Bedroom));

    @Test
    void fit_keeps_the_proportions_within_the_box() {
        BufferedImage fitted = ImageRenderer.resize(LANDSCAPE, 200, 200, ResizeMode.Fit);

        assertThat(fitted.getWidth()).isEqualTo(200);
        assertThat(fitted.getHeight()).isEqualTo(150);
    }

    @Test
    void fit_exact_pads_to_the_box_with_white() {
        BufferedImage padded = ImageRenderer.resize(LANDSCAPE, 200, 200, ResizeMode.FitExact);

        assertThat(padded.getWidth()).isEqualTo(200);
        assertThat(padded.getHeight()).isEqualTo(200);
        assertThat(padded.getRGB(100, 2) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void cover_crops_to_the_box_and_never_enlarges() {
        BufferedImage covered = ImageRenderer.resize(LANDSCAPE, 200, 200, ResizeMode.Cover);
        BufferedImage notEnlarged = ImageRenderer.resize(LANDSCAPE, 1600, 1000, ResizeMode.Cover);
        BufferedImage enlarged = ImageRenderer.resize(LANDSCAPE, 1600, 1000, ResizeMode.CoverExact);

        assertThat(covered.getWidth()).isEqualTo(200);
        assertThat(covered.getHeight()).isEqualTo(200);
        assertThat(notEnlarged.getWidth()).isEqualTo(800);
        assertThat(notEnlarged.getHeight()).isEqualTo(600);
        assertThat(enlarged.getWidth()).isEqualTo(1600);
        assertThat(enlarged.getHeight()).isEqualTo(1000);
    }

    @Test
    void one_side_given_scales_the_other_in_proportion() {
        BufferedImage scaled = ImageRenderer.resize(LANDSCAPE, 400, null, null);

        assertThat(scaled.getWidth()).isEqualTo(400);
        assertThat(scaled.getHeight()).isEqualTo(300);
    }

    @Test
    void the_png_is_a_real_image() {
        byte[] png = new ImageRenderer().png(new Image(UUID.randomUUID(), UUID.randomUUID(), "test", 600, 800,
                0xF2E9DC, 0xA0522D, Image.Motif.Lounge), 60, 80, ResizeMode.Fit);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }
}
