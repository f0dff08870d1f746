package vn.vanban4j.render.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The name a misspelt one was meant to be ("singer" for "signer", "Time New Roman" for "Times New Roman"). */
public final class Spelling {
    private Spelling() {
    }

    /**
     * The candidate nearest {@code word} when it is a few letters away (one in five, at least one; a
     * letter of another case or two letters swapped count as none and one) and is not {@code word}
     * itself; empty otherwise.
     */
    public static Optional<String> nearest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(word)) {
                continue;
            }
            int d = distance(w, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(1, word.length() / 5) ? Optional.of(best) : Optional.empty();
    }

    // edits from a to b: a letter added, dropped or changed, or two neighbours swapped (optimal string alignment)
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
