package org.handbook.output;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.handbook.load.SchemaCheck;
import org.handbook.types.ContentType;
import org.handbook.write.OutputFile;

/** The JSON Schemas of handbook.yaml, values.yaml and every content type, under schemas/, for editors to check files against. */
public final class SchemasOutput implements Output {
    @Override
    public String name() {
        return "schemas";
    }

    @Override
    public List<OutputFile> produce(BuildContext context) {
        Set<String> names = new LinkedHashSet<>(List.of(SchemaCheck.CONFIG, SchemaCheck.VALUES));
        context.library().types().all().stream().map(ContentType::schema).forEach(names::add);
        List<OutputFile> out = new ArrayList<>();
        for (String name : names) out.add(new OutputFile("schemas/" + name + ".schema.json", SchemaCheck.resource(name)));
        return out;
    }
}
