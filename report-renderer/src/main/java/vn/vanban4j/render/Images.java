package vn.vanban4j.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import vn.vanban4j.model.Message;
import vn.vanban4j.render.internal.RenderMessages;

/**
 * Images a document or a template names (a signature image, a seal), checked when given: PNG or
 * JPEG, at most {@link #MAX_BYTES}, with their pixel size read once from the header; an image
 * above the renderer's {@link RenderLimits#imagePixels} is refused when a document names it. Files
 * of {@code images/} that are links leading out of the templates folder are refused. They come from the templates
 * folder's {@code images/} and from the host ({@link Renderer#withImages}). Immutable.
 */
public final class Images {
    /** The largest image accepted. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    static final Images NONE = new Images(Map.of());

    /**
     * A checked image.
     *
     * @param bytes  the file's bytes
     * @param type   "png" or "jpeg"
     * @param width  width in pixels
     * @param height height in pixels
     */
    public record Image(byte[] bytes, String type, int width, int height) {
    }

    private final Map<String, Image> byName;
    private final long maxPixels;

    private Images(Map<String, Image> byName) {
        this(byName, Long.MAX_VALUE);
    }

    private Images(Map<String, Image> byName, long maxPixels) {
        this.byName = byName;
        this.maxPixels = maxPixels;
    }

    static Images of(Map<String, byte[]> named) {
        Map<String, Image> checked = new TreeMap<>();
        named.forEach((name, bytes) -> checked.put(name, check(name, bytes)));
        return new Images(Map.copyOf(checked));
    }

    /** These images with {@code more} added; an image of the same name is replaced. */
    Images with(Map<String, byte[]> more) {
        Map<String, Image> all = new TreeMap<>(byName);
        more.forEach((name, bytes) -> all.put(name, check(name, bytes)));
        return new Images(Map.copyOf(all), maxPixels);
    }

    /** These images with {@code over}'s added; an image of the same name is {@code over}'s. */
    Images plus(Images over) {
        if (over.byName.isEmpty()) {
            return this;
        }
        if (byName.isEmpty()) {
            return new Images(over.byName, maxPixels);
        }
        Map<String, Image> all = new TreeMap<>(byName);
        all.putAll(over.byName);
        return new Images(Map.copyOf(all), maxPixels);
    }

    /** These images, of which {@link #get} refuses one larger than {@code pixels} (width times height). */
    Images upTo(long pixels) {
        return new Images(byName, pixels);
    }

    /** The most images a templates folder's images/ may hold. */
    static final int MAX_FOLDER_IMAGES = 64;

    /**
     * The PNG and JPEG files of {@code folder/images} by file name ("con-dau.png"); none when
     * there is no such folder.
     */
    static Images inFolder(java.nio.file.Path folder) {
        java.nio.file.Path dir = folder.resolve("images");
        if (!java.nio.file.Files.isDirectory(dir)) {
            return NONE;
        }
        Map<String, byte[]> named = new TreeMap<>();
        try (var files = java.nio.file.Files.list(dir)) {
            java.nio.file.Path inside = folder.toRealPath();
            if (!dir.toRealPath().startsWith(inside)) {
                throw outside("images/");
            }
            for (java.nio.file.Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.matches("(?i).+\\.(png|jpe?g)") || !java.nio.file.Files.isRegularFile(file)) {
                    continue;
                }
                if (!file.toRealPath().startsWith(inside)) {
                    throw outside("images/" + name);
                }
                if (named.size() == MAX_FOLDER_IMAGES) {
                    throw new RenderException(RenderException.Code.IMAGE, Message.of(RenderMessages.IMAGES_TOO_MANY, dir, MAX_FOLDER_IMAGES));
                }
                byte[] bytes;
                try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                    bytes = in.readNBytes(MAX_BYTES + 1);
                }
                if (bytes.length > MAX_BYTES) {
                    throw new RenderException(RenderException.Code.IMAGE, Message.of(RenderMessages.IMAGE_TOO_LARGE, name, MAX_BYTES));
                }
                named.put(name, bytes);
            }
        } catch (IOException e) {
            throw new RenderException(RenderException.Code.IMAGE, Message.of(RenderMessages.IMAGES_UNREADABLE, dir, e.getMessage()), e);
        }
        return of(named);
    }

    // like a template link leading out of the folder (FileTemplateLoader refuses those)
    private static RenderException outside(String name) {
        return new RenderException(RenderException.Code.IMAGE, Message.of(RenderMessages.IMAGE_OUTSIDE, name));
    }

    /**
     * The image of that name, or null.
     *
     * @throws RenderException when it has more pixels than this renderer's {@link RenderLimits#imagePixels}
     */
    public Image get(String name) {
        Image image = byName.get(name);
        if (image != null && (long) image.width() * image.height() > maxPixels) {
            throw new RenderException(RenderException.Code.IMAGE, Message.of(RenderMessages.IMAGE_PIXELS, name, image.width(), image.height(),
                    maxPixels));
        }
        return image;
    }

    /** The names of these images, in order ("con-dau.png", "logo.png"). */
    public java.util.Set<String> names() {
        return new java.util.TreeSet<>(byName.keySet());
    }

    private static Image check(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new RenderException(RenderException.Code.IMAGE, Message.of(RenderMessages.IMAGE_BYTES, name, bytes.length, MAX_BYTES));
        }
        String type = bytes.length > 8 && bytes[0] == (byte) 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G' ? "png"
                : bytes.length > 3 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xD8 ? "jpeg" : null;
        if (type == null) {
            throw new RenderException(RenderException.Code.IMAGE, Message.of(RenderMessages.IMAGE_NOT_PNG_OR_JPEG, name));
        }
        // the size comes from the header: the pixels are not decoded
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new RenderException(RenderException.Code.IMAGE, Message.of(RenderMessages.IMAGE_UNREADABLE, name, type));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new Image(Arrays.copyOf(bytes, bytes.length), type, reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new RenderException(RenderException.Code.IMAGE, Message.of(RenderMessages.IMAGE_UNREADABLE_WHY, name, type, e.getMessage()));
        }
    }
}
