using BrandContent.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.Access;

public sealed class RoleType : EnumerationGraphType<Role>
{
    public RoleType()
    {
        Name = "Role";
        Description = "PUBLIC (published delivery), PARTNER (+ approved messaging and identity), TRANSLATOR, EDITOR, REVIEWER, ADMIN.";
    }
}

public sealed class ApiKeyType : ObjectGraphType<ApiKey>
{
    public ApiKeyType()
    {
        Name = "ApiKey";
        Description = "A caller's key. The secret is never stored or shown again after creation; only its prefix is.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(k => k.Name);
        Field(k => k.Prefix);
        Field<NonNullGraphType<RoleType>>("role").Resolve(ctx => ctx.Source.Role);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UuidGraphType>>>>("brands").Description("Brand ids in scope; empty = all.").Resolve(ctx => ctx.Source.Brands);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("markets").Resolve(ctx => ctx.Source.Markets);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("locales").Resolve(ctx => ctx.Source.Locales);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(ctx => ctx.Source.CreatedAt);
        Field(k => k.CreatedBy);
        Field<DateTimeOffsetGraphType>("expiresAt").Resolve(ctx => ctx.Source.ExpiresAt);
        Field<DateTimeOffsetGraphType>("revokedAt").Resolve(ctx => ctx.Source.RevokedAt);
        Field<DateTimeOffsetGraphType>("lastUsedAt").Resolve(ctx => ctx.Source.LastUsedAt);
        Field(k => k.CdnCacheable).Description("Its answers are sent Cache-Control: public, for a CDN to keep.");
    }
}

public sealed record CreatedApiKey(ApiKey Key, string Token);

public sealed class CreatedApiKeyType : ObjectGraphType<CreatedApiKey>
{
    public CreatedApiKeyType()
    {
        Name = "CreatedApiKey";
        Field<NonNullGraphType<ApiKeyType>>("key").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("token").Description("The secret, shown this once: send it as 'Authorization: Bearer <token>'.").Resolve(ctx => ctx.Source.Token);
    }
}

public sealed class ApiKeyInputType : InputObjectGraphType<ApiKeyRequest>
{
    public ApiKeyInputType()
    {
        Name = "ApiKeyInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<RoleType>>("role");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("brands").Description("Brand slugs; none = every brand.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("markets").Description("Market codes; none = every market.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("locales").Description("Locales a translator may write; none = every locale.");
        Field<DateTimeOffsetGraphType>("expiresAt");
        Field<BooleanGraphType>("cdnCacheable").Description("Answers may be kept by a shared cache (a CDN): for a public website's delivery key. Default false.");
    }
}

public static class ApiKeyFields
{
    public static void AddApiKeyQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiKeyType>>>>("apiKeys")
            .Description("Every key, newest first (administrators).")
            .ResolveAsync(async ctx => await ctx.Delivery().Db.ApiKeys.OrderByDescending(k => k.CreatedAt).ToListAsync(ctx.CancellationToken));

    public static void AddApiKeyMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreatedApiKeyType>>("createApiKey")
            .Description("Issues a key with a role and a scope; its secret is returned once.")
            .Argument<NonNullGraphType<ApiKeyInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var (key, token) = await ctx.Delivery().Db.CreateKeyAsync(
                    ctx.GetArgument<ApiKeyRequest>("input"), ctx.Edit("createApiKey"), ctx.Delivery().Now, ctx.CancellationToken);
                return new CreatedApiKey(key, token);
            });
        mutation.Field<NonNullGraphType<ApiKeyType>>("revokeApiKey")
            .Description("Refuses the key from now on (on other servers within seconds).")
            .Argument<NonNullGraphType<UuidGraphType>>("id")
            .Resolve()
            .WithService<ApiKeyIdentities>()
            .ResolveAsync(async (ctx, identities) =>
            {
                var key = await ctx.Delivery().Db.RevokeKeyAsync(ctx.GetArgument<Guid>("id"), ctx.Edit("revokeApiKey"), ctx.Delivery().Now, ctx.CancellationToken);
                identities.Forget(key.SecretHash);
                return key;
            });
    }
}
