// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.jface;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;

/**
 * Turns the images item providers return (URLs, possibly composed with overlays) into SWT images,
 * created once and disposed with the owner.
 */
public final class ItemImages {

    private final Map<URL, Image> images = new HashMap<>();

    /** The SWT image for an item provider's image object, or null if it has none. */
    public Image get(Object itemImage) {
        if (itemImage instanceof ComposedImage composed) {
            List<Object> parts = composed.getImages();
            // The base image is the first part; overlays (e.g. "controlled") are dropped for simplicity.
            return parts.isEmpty() ? null : get(parts.get(0));
        }
        if (itemImage instanceof URL url) {
            return images.computeIfAbsent(url, u -> ImageDescriptor.createFromURL(u).createImage(false));
        }
        if (itemImage instanceof Image image) {
            return image;
        }
        return null;
    }

    /** Releases every image created so far. */
    public void dispose() {
        images.values().stream().filter(image -> image != null && !image.isDisposed()).forEach(Image::dispose);
        images.clear();
    }
}
