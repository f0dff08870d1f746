package vn.vanban4j.render.internal;

import freemarker.core.TemplateMarkupOutputModel;
import freemarker.core.TemplateXMLOutputModel;
import freemarker.core.XMLOutputFormat;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.vanban4j.model.DocumentNumber;
import vn.vanban4j.model.Message;
import vn.vanban4j.model.VietnameseText;
import vn.vanban4j.render.RenderException;
import vn.vanban4j.render.TemplateHelper;

/**
 * The functions templates call as {@code vn.name(...)}: the built-in ones (upper, plain, longDate,
 * shortDate, number, docNumber) and those a host adds. A hash of method models: no Java member is
 * reachable through it. Immutable.
 */
public final class Helpers implements TemplateHashModel {
    /** The names of the built-in helpers, which a host cannot replace. */
    public static final List<String> BUILT_IN = List.of("upper", "plain", "longDate", "shortDate", "number", "docNumber");

    private final Map<String, TemplateMethodModelEx> functions;

    private Helpers(Map<String, TemplateMethodModelEx> functions) {
        this.functions = functions;
    }

    /** The built-in helpers and the host's. */
    public static Helpers of(Map<String, TemplateHelper> host) {
        Map<String, TemplateMethodModelEx> all = new TreeMap<>();
        all.put("upper", args -> {
            Object value = one("upper", args);
            if (value instanceof TemplateMarkupOutputModel<?> markup) {
                return upperMarkup(((TemplateXMLOutputModel) markup).getOutputFormat().getMarkupString((TemplateXMLOutputModel) markup));
            }
            return VietnameseText.upper(text("upper", value));
        });
        all.put("plain", args -> {
            Object value = one("plain", args);
            if (value instanceof TemplateMarkupOutputModel<?> markup) {
                return plain(((TemplateXMLOutputModel) markup).getOutputFormat().getMarkupString((TemplateXMLOutputModel) markup));
            }
            return text("plain", value);
        });
        all.put("longDate", args -> VietnameseText.longDate(date("longDate", one("longDate", args))));
        all.put("shortDate", args -> VietnameseText.shortDate(date("shortDate", one("shortDate", args))));
        all.put("number", args -> grouped("number", one("number", args)));
        all.put("docNumber", args -> {
            String text = text("docNumber", one("docNumber", args));
            try {
                return DocumentNumber.parse(text).toString();
            } catch (IllegalArgumentException e) {
                throw new TemplateModelException("vn.docNumber: " + e.getMessage());
            }
        });
        host.forEach((name, helper) -> {
            if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw new RenderException(RenderException.Code.DATA, Message.of(RenderMessages.HELPER_NAME, name));
            }
            if (BUILT_IN.contains(name)) {
                throw new RenderException(RenderException.Code.DATA, Message.of(RenderMessages.HELPER_BUILT_IN, name));
            }
            all.put(name, args -> {
                List<Object> plain = new ArrayList<>();
                for (Object a : args) {
                    plain.add(unwrap(a));
                }
                try {
                    return helper.call(List.copyOf(plain));
                } catch (IllegalArgumentException e) {
                    throw new TemplateModelException("vn." + name + ": " + e.getMessage());
                }
            });
        });
        return new Helpers(Map.copyOf(all));
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        TemplateMethodModelEx f = functions.get(key);
        if (f == null) {
            throw new TemplateModelException("there is no helper vn." + key + "; helpers are " + String.join(", ", functions.keySet()));
        }
        return f;
    }

    @Override
    public boolean isEmpty() {
        return functions.isEmpty();
    }

    private static Object one(String name, List<?> args) throws TemplateModelException {
        if (args.size() != 1) {
            throw new TemplateModelException("vn." + name + " takes one value, not " + args.size());
        }
        return args.get(0);
    }

    private static String text(String name, Object value) throws TemplateModelException {
        if (value instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        if (value instanceof TemplateNumberModel n) {
            return n.getAsNumber().toString();
        }
        throw new TemplateModelException("vn." + name + " takes text");
    }

    private static LocalDate date(String name, Object value) throws TemplateModelException {
        String text = text(name, value);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new TemplateModelException("vn." + name + ": \"" + text + "\" is not a date YYYY-MM-DD (doc.issueDate is one)");
        }
    }

    private static String grouped(String name, Object value) throws TemplateModelException {
        BigDecimal n;
        try {
            n = value instanceof TemplateNumberModel m ? new BigDecimal(m.getAsNumber().toString())
                    : new BigDecimal(text(name, value).strip());
        } catch (NumberFormatException e) {
            throw new TemplateModelException("vn." + name + ": \"" + text(name, value) + "\" is not a number");
        }
        // Vietnamese style: "." between thousands, "," before decimals
        java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new java.text.DecimalFormat("#,##0.##", symbols).format(n);
    }

    // upper-cases the text of markup, leaving tags and entities alone
    private static TemplateXMLOutputModel upperMarkup(String xml) throws TemplateModelException {
        StringBuilder out = new StringBuilder(xml.length());
        int i = 0;
        while (i < xml.length()) {
            char c = xml.charAt(i);
            int end;
            if (c == '<') {
                end = xml.indexOf('>', i) + 1;
                out.append(xml, i, end);
            } else if (c == '&') {
                end = xml.indexOf(';', i) + 1;
                out.append(xml, i, end);
            } else {
                end = i;
                while (end < xml.length() && xml.charAt(end) != '<' && xml.charAt(end) != '&') {
                    end++;
                }
                out.append(VietnameseText.upper(xml.substring(i, end)));
            }
            i = end;
        }
        return XMLOutputFormat.INSTANCE.fromMarkup(out.toString());
    }

    // the text of markup without its tags and footnotes
    private static String plain(String xml) {
        String noNotes = xml.replaceAll("(?s)<footnote>.*?</footnote>", "");
        return noNotes.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    // a template value as plain Java data for a host's helper
    private static Object unwrap(Object value) throws TemplateModelException {
        if (value instanceof TemplateMarkupOutputModel<?> markup) {
            return ((TemplateXMLOutputModel) markup).getOutputFormat().getMarkupString((TemplateXMLOutputModel) markup);
        }
        if (value instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        if (value instanceof TemplateNumberModel n) {
            return n.getAsNumber();
        }
        if (value instanceof TemplateBooleanModel b) {
            return b.getAsBoolean();
        }
        if (value instanceof TemplateSequenceModel seq) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < seq.size(); i++) {
                list.add(unwrap(seq.get(i)));
            }
            return list;
        }
        if (value instanceof freemarker.template.TemplateHashModelEx hash) {
            Map<String, Object> map = new LinkedHashMap<>();
            var keys = hash.keys().iterator();
            while (keys.hasNext()) {
                String key = ((TemplateScalarModel) keys.next()).getAsString();
                map.put(key, unwrap(hash.get(key)));
            }
            return map;
        }
        if (value instanceof TemplateCollectionModel) {
            throw new TemplateModelException("a helper takes lists, not iterables");
        }
        return null;
    }
}
