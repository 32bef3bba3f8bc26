package org.handbook.types;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.handbook.model.Markdown;
import org.handbook.model.SourceMap;

/**
 * The view of an item of a type that declares none: each field of its record under its own name,
 * the body as HTML, plus {@code href} (relative to the page) and, under {@code links}, the items each
 * declared reference field names, as links. Enough for a template to show a new type without Java of its own.
 */
final class GenericView {
    private GenericView() {
    }

    static <T extends Record> Map<String, Object> of(ContentType<T> type, Views views, T item) {
        Map<String, Object> view = new LinkedHashMap<>();
        String id = type.id(item);
        Markdown body = type.body(item);
        for (RecordComponent c : item.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(item);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof SourceMap) continue;
            if (value instanceof Markdown m) value = m == body ? views.html(type.textKey(id), "") : m.text();
            if (value != null) view.put(c.getName(), value);
        }
        view.put("href", views.href(type, id));
        Map<String, Object> links = new LinkedHashMap<>();
        for (ContentType.Refs<T> field : type.refs()) {
            links.put(field.pointer().substring(1), views.links(field.target().get(), field.ids().apply(item)));
        }
        view.put("links", links);
        return view;
    }
}
