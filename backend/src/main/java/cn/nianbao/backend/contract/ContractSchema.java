package cn.nianbao.backend.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

/**
 * Validates JSON against {@code report.schema.json} (a copy of {@code shared/contract/} shipped with the backend) and
 * says in Chinese which field is wrong, as a contract path like {@code requests.new_received.total}.
 */
public final class ContractSchema {

    /** One problem: the field's contract path and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    /** The schema's {@code $id} is relative; it needs an absolute base to resolve against. */
    private static final String BASE_IRI = "https://nianbao.cn/contract/report.schema.json";
    private static final Schema SCHEMA = load();

    private ContractSchema() {
    }

    public static List<FieldError> validate(JsonNode document) {
        Set<FieldError> errors = new LinkedHashSet<>();
        for (Error error : SCHEMA.validate(document)) {
            errors.add(describe(error));
        }
        return new ArrayList<>(errors);
    }

    private static FieldError describe(Error error) {
        String path = path(error.getInstanceLocation().toString());
        String property = error.getProperty();
        return switch (error.getKeyword()) {
            case "required" -> new FieldError(join(path, property), "缺少必填字段");
            case "additionalProperties" -> new FieldError(join(path, property), "不是合同中的字段或代码");
            case "propertyNames" -> new FieldError(join(path, property), "不是合同中的行代码");
            case "enum" -> new FieldError(path, "取值无效，应为 " + error.getSchemaNode());
            case "type" -> new FieldError(path, "类型错误：应为 " + typeName(error.getSchemaNode()) + "，实际为 "
                    + typeName(error.getInstanceNode()));
            case "format" -> new FieldError(path, "格式错误：应为 ISO 日期（如 2024-01-31）");
            default -> new FieldError(path, error.getMessage());
        };
    }

    /** {@code /requests/new_received/total} or {@code $.requests.new_received.total} → {@code requests.new_received.total}. */
    private static String path(String instanceLocation) {
        String path = instanceLocation.startsWith("$") ? instanceLocation.substring(1) : instanceLocation;
        path = path.replace('/', '.');
        path = path.startsWith(".") ? path.substring(1) : path;
        return path.isEmpty() ? "$" : path;
    }

    private static String join(String path, String property) {
        if (property == null) {
            return path;
        }
        return path.equals("$") ? property : path + "." + property;
    }

    private static String typeName(JsonNode node) {
        if (node == null) {
            return "空";
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            node.forEach(item -> names.add(typeName(item)));
            return String.join("或", names);
        }
        if (node.isString()) {
            return switch (node.stringValue()) {
                case "integer" -> "整数";
                case "number" -> "数字";
                case "string" -> "字符串";
                case "object" -> "对象";
                case "array" -> "数组";
                case "boolean" -> "布尔值";
                case "null" -> "null";
                default -> "字符串";
            };
        }
        if (node.isIntegralNumber()) {
            return "整数";
        }
        if (node.isNumber()) {
            return "小数";
        }
        if (node.isObject()) {
            return "对象";
        }
        if (node.isBoolean()) {
            return "布尔值";
        }
        return node.isNull() ? "null" : node.getNodeType().toString();
    }

    private static Schema load() {
        try (InputStream in = ContractSchema.class.getResourceAsStream("/contract/report.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("contract/report.schema.json is missing from the classpath");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                    .getSchema(SchemaLocation.of(BASE_IRI), in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
