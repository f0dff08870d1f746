package vn.vanban4j.model;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A document that another document names, as read from wording such as "Kết luận số 01-KL/TW,
 * ngày 18/5/2021 của Bộ Chính trị về ...".
 *
 * @param kind   what the named document is
 * @param number its number
 * @param date   its date when the wording gives one
 * @param issuer the issuing body when given ("Bộ Chính trị")
 * @param title  its title or subject when given ("Về đẩy mạnh học tập ...")
 * @param alias  the short name the text introduces ("sau đây gọi tắt là Kết luận số 01-KL/TW")
 */
public record Reference(DocumentKind kind, DocumentNumber number, LocalDate date, String issuer, String title,
        String alias) {

    private static final Pattern START = Pattern.compile("(?<kind>" + Arrays.stream(DocumentKind.values())
            .map(DocumentKind::vietnameseName).sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.joining("|")) + ")(?:\\s+số)?\\s+(?<number>\\d{1,5}[-/][\\p{L}\\p{Nd}./-]*[\\p{L}\\p{Nd}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATE = Pattern.compile("^,?\\s*ngày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISSUER = Pattern.compile("^,?\\s*của\\s+([^,;(“\"]+?)(?=\\s+về\\s|\\s*[,;(“\"]|\\s+giai đoạn|$)");
    private static final Pattern QUOTED = Pattern.compile("^\\s*[“\"]([^”\"]+)[”\"]");
    private static final Pattern ABOUT = Pattern.compile("^\\s*về\\s+(.+?)(?=\\s*[;(]|$)");
    private static final Pattern ALIAS = Pattern.compile("\\(\\*?sau đây gọi tắt là\\s+([^)]*?)\\*?\\)");

    /** This reference with the parts it lacks taken from {@code other}, a later mention of the same document. */
    public Reference completedBy(Reference other) {
        return new Reference(kind, number, date != null ? date : other.date, issuer != null ? issuer : other.issuer,
                title != null ? title : other.title, alias != null ? alias : other.alias);
    }

    /** Every document named in {@code text}, in order, with the aliases the text gives them. */
    public static List<Reference> findAll(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<Reference> found = new ArrayList<>();
        List<int[]> aliasSpans = new ArrayList<>();
        Matcher aliases = ALIAS.matcher(nfc);
        while (aliases.find()) {
            aliasSpans.add(new int[] {aliases.start(), aliases.end()});
        }
        Matcher start = START.matcher(nfc);
        while (start.find()) {
            int at = start.start();
            if (aliasSpans.stream().anyMatch(span -> at >= span[0] && at < span[1])) {
                continue;
            }
            DocumentNumber number;
            try {
                number = DocumentNumber.parse(start.group("number"));
            } catch (IllegalArgumentException notANumber) {
                continue;
            }
            DocumentKind kind = DocumentKind.fromName(start.group("kind")).orElseThrow();
            String rest = nfc.substring(start.end());
            LocalDate date = null;
            Matcher dateMatch = DATE.matcher(rest);
            if (dateMatch.find()) {
                date = LocalDate.of(Integer.parseInt(dateMatch.group(3)), Integer.parseInt(dateMatch.group(2)),
                        Integer.parseInt(dateMatch.group(1)));
                rest = rest.substring(dateMatch.end());
            }
            String issuer = null;
            Matcher issuerMatch = ISSUER.matcher(rest);
            if (issuerMatch.find()) {
                issuer = issuerMatch.group(1).strip();
                rest = rest.substring(issuerMatch.end());
            }
            String title = null;
            Matcher quoted = QUOTED.matcher(rest);
            Matcher about = ABOUT.matcher(rest);
            if (quoted.find()) {
                title = quoted.group(1).strip();
            } else if (about.find()) {
                title = about.group(1).strip();
            }
            found.add(new Reference(kind, number, date, issuer, title, null));
        }
        return withAliases(nfc, found);
    }

    private static List<Reference> withAliases(String text, List<Reference> found) {
        Matcher alias = ALIAS.matcher(text);
        List<Reference> result = new ArrayList<>(found);
        while (alias.find()) {
            for (String name : alias.group(1).split(",")) {
                String shortName = name.strip();
                for (int i = 0; i < result.size(); i++) {
                    Reference ref = result.get(i);
                    if (ref.alias == null && shortName.endsWith(ref.number.toString())) {
                        result.set(i, new Reference(ref.kind, ref.number, ref.date, ref.issuer, ref.title, shortName));
                    }
                }
            }
        }
        return List.copyOf(result);
    }
}
