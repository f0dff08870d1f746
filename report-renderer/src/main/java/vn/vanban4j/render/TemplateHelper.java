package vn.vanban4j.render;

import java.util.List;

/**
 * A function a host lends its templates, called as {@code vn.name(...)}: a unit's formatting rule,
 * a lookup in its own data. Arguments arrive as String, Number, Boolean, List or Map (document
 * text with emphasis arrives as its markup text); the result may be any of those and is escaped
 * when printed. Throw {@link IllegalArgumentException} for bad arguments: the template author sees
 * its message at the template line. Must be thread-safe and must not reach outside the data it is
 * given.
 */
@FunctionalInterface
public interface TemplateHelper {
    Object call(List<Object> arguments);
}
