using System.Collections;
using System.Reflection;
using BrandContent.Storage;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Input;

/// <summary>
/// The argument values of a field that hold text PostgreSQL cannot store, each by the path the caller knows it by:
/// <c>slug</c>, <c>locales[1]</c>, <c>input.colors[0].name</c>, and for named values (variant fields, translations,
/// market names) the name: <c>fields.title</c>, <c>translations.ja</c>.
/// </summary>
public static class UnstorableArguments
{
    /// <summary>The paths of the values found, or null when every string is storable.</summary>
    public static List<string>? Find(IResolveFieldContext context)
    {
        if (context.Arguments is not { Count: > 0 } values || context.FieldDefinition.Arguments is not { } arguments)
        {
            return null;
        }

        List<string>? found = null;
        foreach (var argument in arguments)
        {
            if (values.TryGetValue(argument.Name, out var value) && value.Value is { } given)
            {
                Collect(argument.ResolvedType!, given, argument.Name, ref found);
            }
        }

        return found;
    }

    /// <summary>
    /// The property GraphQL.NET's default parsing fills from an input field (matched by name, ignoring case); null
    /// when the CLR type has none, which would leave the field unchecked (a test keeps every input type readable).
    /// </summary>
    public static PropertyInfo? PropertyOf(Type inputType, string fieldName) =>
        inputType.GetProperty(fieldName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);

    private static void Collect(IGraphType type, object value, string path, ref List<string>? found)
    {
        switch (type)
        {
            case NonNullGraphType nonNull:
                Collect(nonNull.ResolvedType!, value, path, ref found);
                break;
            case ListGraphType list when value is IEnumerable items and not string:
                CollectItems(list.ResolvedType!, items, path, ref found);
                break;
            case IInputObjectGraphType input:
                foreach (var field in input.Fields)
                {
                    if (FieldValue(value, field.Name) is { } fieldValue)
                    {
                        Collect(field.ResolvedType!, fieldValue, $"{path}.{field.Name}", ref found);
                    }
                }

                break;
            case ScalarGraphType when value is string text && !StorableText.IsStorable(text):
                (found ??= []).Add(path);
                break;
        }
    }

    private static void CollectItems(IGraphType itemType, IEnumerable items, string path, ref List<string>? found)
    {
        var index = 0;
        foreach (var item in items)
        {
            switch (item)
            {
                case string text when !StorableText.IsStorable(text):
                    (found ??= []).Add($"{path}[{index}]");
                    break;
                case KeyValuePair<string, string?> named:
                    CollectNamed(Unwrap(itemType), named, path, index, ref found);
                    break;
                case not null and not string:
                    Collect(itemType, item, $"{path}[{index}]", ref found);
                    break;
            }

            index++;
        }
    }

    /// <summary>A name/value pair (a variant field, a translation) is known by its name: <c>fields.title</c>.</summary>
    private static void CollectNamed(IInputObjectGraphType type, KeyValuePair<string, string?> named, string path, int index, ref List<string>? found)
    {
        var keyIsText = StorableText.IsStorable(named.Key);
        if (!keyIsText)
        {
            (found ??= []).Add($"{path}[{index}].{type.Fields.First().Name}");
        }

        if (named.Value is { } text && !StorableText.IsStorable(text))
        {
            (found ??= []).Add(keyIsText ? $"{path}.{named.Key}" : $"{path}[{index}].{type.Fields.ElementAt(1).Name}");
        }
    }

    private static IInputObjectGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType!),
        IInputObjectGraphType input => input,
        _ => throw new InvalidOperationException($"{type} holds name/value pairs but is not an input object."),
    };

    private static object? FieldValue(object input, string field) => input switch
    {
        IDictionary<string, object?> dictionary => dictionary.TryGetValue(field, out var value) ? value : null,
        _ => PropertyOf(input.GetType(), field)?.GetValue(input),
    };
}
