using GraphQL.Types;
using GraphQLParser.AST;

namespace BrandContent.Api.GraphQL.Input;

/// <summary>
/// GraphQL's <c>ID</c> as this API uses it: every id it hands out is a UUID, so a value that is not one is refused
/// while the request is validated (a 400 naming the argument or variable) instead of failing in a resolver. It stands
/// for the built-in ID scalar everywhere in the schema, under the same name.
/// </summary>
public sealed class UuidGraphType : IdGraphType
{
    public UuidGraphType() => Name = "ID";

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text when Guid.TryParse((string)text.Value, out var id) => id,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        Guid id => id,
        string text when Guid.TryParse(text, out var id) => id,
        _ => ThrowValueConversionError(value),
    };

    public override bool CanParseLiteral(GraphQLValue value) =>
        value is GraphQLNullValue || (value is GraphQLStringValue text && Guid.TryParse((string)text.Value, out _));

    public override bool CanParseValue(object? value) => value is null or Guid || (value is string text && Guid.TryParse(text, out _));
}
