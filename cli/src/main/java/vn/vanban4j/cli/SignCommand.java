package vn.vanban4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.vanban4j.model.AtomicFiles;
import vn.vanban4j.signatures.PdfSignatures;
import vn.vanban4j.signatures.Pkcs12SigningKey;
import vn.vanban4j.signatures.Placement;
import vn.vanban4j.signatures.SignOptions;
import vn.vanban4j.signatures.SignatureException;
import vn.vanban4j.signatures.SignatureLimits;
import vn.vanban4j.signatures.TimestampAuthority;

/**
 * sign FILE.pdf --keystore KS.p12 --password-env VAR [--alias A] [--role signer|body] [--image PNG] [--seal PNG]
 * [--at PAGE:X,Y,W,H | --attachment] [--reference TEXT] [--tsa URL] [--font TTF] -o SIGNED.pdf: one signature added
 * (incremental update), at the current time; the output is written whole or not at all. A visible signature without
 * --at goes into the signature space the renderer marked in a PDF it made.
 */
final class SignCommand {
    private static final Set<String> VALUED = Set.of("--keystore", "--password-env", "--alias", "--role", "--image", "--seal",
            "--at", "--reference", "--tsa", "--font", "-o");

    private SignCommand() {
    }

    static int run(List<String> raw, PrintStream out, PrintStream err) throws IOException {
        Args args = Args.parse(raw, Set.of("--attachment"), VALUED);
        Path file = Path.of(args.positional(1, "one .pdf file").get(0));
        String keystore = required(args, "--keystore", "KS.p12");
        String variable = required(args, "--password-env", "VAR");
        Path target = Path.of(required(args, "-o", "SIGNED.pdf"));
        InputFiles.checkNotInput(target, List.of(file));
        String password = System.getenv(variable);
        if (password == null) {
            throw new UsageException("the environment variable " + variable + " (--password-env) is not set");
        }
        String name = file.getFileName().toString();
        byte[] pdf = InputFiles.read(file, SignatureLimits.DEFAULT.fileBytes(), "SignatureLimits.fileBytes");
        SignOptions options;
        try {
            options = options(args, pdf, name);
            Pkcs12SigningKey key = Pkcs12SigningKey.open(Path.of(keystore), password.toCharArray(), args.option("--alias"));
            byte[] signed = PdfSignatures.standard().sign(pdf, name, key, options);
            AtomicFiles.write(target, signed);
        } catch (SignatureException e) {
            err.println("vanban4j sign: " + e.getMessage());
            return Main.INVALID;
        }
        out.println("wrote " + target + " (signed as " + options.role().name().toLowerCase(Locale.ROOT) + " at " + options.time() + ")");
        return Main.OK;
    }

    private static SignOptions options(Args args, byte[] pdf, String name) throws IOException {
        SignOptions.Role role = switch (args.option("--role", "signer")) {
            case "signer" -> SignOptions.Role.SIGNER;
            case "body" -> SignOptions.Role.BODY;
            default -> throw new UsageException("--role is signer or body");
        };
        SignOptions options = SignOptions.of(role, Instant.now());
        if (args.option("--image") != null) {
            options = options.withImage(InputFiles.read(Path.of(args.option("--image")), 8L << 20, "an image is at most 8 MB"));
        }
        if (args.option("--seal") != null) {
            options = options.withSeal(InputFiles.read(Path.of(args.option("--seal")), 8L << 20, "an image is at most 8 MB"));
        }
        if (args.flag("--attachment")) {
            options = options.at(Placement.attachmentCorner());
        } else if (args.option("--at") != null) {
            options = options.at(placement(args.option("--at")));
        } else if (args.option("--image") != null || args.option("--seal") != null) {
            // a PDF this library rendered marks its signature space; another needs --at
            options = options.at(PdfSignatures.standard().signatureSpace(pdf, name, 1).orElseThrow(() -> new UsageException(
                    name + " has no signature space marked by vanban4j's renderer: say where with --at PAGE:X,Y,W,H (points from"
                            + " the page's top left) or --attachment")));
        }
        if (args.option("--reference") != null) {
            options = options.withReference(args.option("--reference"));
        }
        if (args.option("--font") != null) {
            options = options.withFont(Path.of(args.option("--font")));
        }
        if (args.option("--tsa") != null) {
            options = options.withTimestamps(TimestampAuthority.http(URI.create(args.option("--tsa")), Duration.ofSeconds(30)));
        }
        return options;
    }

    // PAGE:X,Y,W,H
    private static Placement placement(String value) {
        String[] pageAndBox = value.split(":");
        String[] box = pageAndBox.length == 2 ? pageAndBox[1].split(",") : new String[0];
        if (box.length != 4) {
            throw new UsageException("--at is PAGE:X,Y,W,H, e.g. 2:300,150,180,80 (points from the page's top left)");
        }
        try {
            return Placement.at(Integer.parseInt(pageAndBox[0].strip()), Float.parseFloat(box[0]), Float.parseFloat(box[1]),
                    Float.parseFloat(box[2]), Float.parseFloat(box[3]));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--at " + value + ": " + e.getMessage());
        }
    }

    private static String required(Args args, String name, String what) {
        String value = args.option(name);
        if (value == null) {
            throw new UsageException(name + " " + what + " is required");
        }
        return value;
    }
}
