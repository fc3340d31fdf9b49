using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Auditing;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Auditing;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One mutation: who, what, when, and its before/after summary as JSON.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(ctx => ctx.Source.At);
        Field(a => a.Actor);
        Field(a => a.Operation);
        Field(a => a.TargetKind, nullable: true);
        Field<UuidGraphType>("targetId").Resolve(ctx => ctx.Source.TargetId);
        Field(a => a.Locale, nullable: true);
        Field(a => a.Before, nullable: true);
        Field(a => a.After, nullable: true);
    }
}

public static class AuditQueries
{
    public static void AddAuditQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryType>>>>("auditLog")
            .Description("Mutations, newest first (administrators).")
            .Argument<StringGraphType>("actor")
            .Argument<StringGraphType>("operation")
            .Argument<UuidGraphType>("targetId")
            .Argument<DateTimeOffsetGraphType>("before", "Only entries before this instant (for paging: the last `at` seen).")
            .Argument<IntGraphType>("first", "1-500.", a => a.DefaultValue = 50)
            .ResolveAsync(async ctx =>
            {
                var first = ctx.GetArgument("first", 50);
                if (first is < 1 or > 500)
                {
                    throw new BrandContent.BrandContentException(BrandContent.ErrorCode.PageSizeOutOfRange, first, 1, 500);
                }

                var entries = ctx.Delivery().Db.AuditEntries.AsQueryable();
                if (ctx.GetArgument<string?>("actor") is { } actor)
                {
                    entries = entries.Where(e => e.Actor == actor);
                }

                if (ctx.GetArgument<string?>("operation") is { } operation)
                {
                    entries = entries.Where(e => e.Operation == operation);
                }

                if (ctx.GetArgument<Guid?>("targetId") is { } target)
                {
                    entries = entries.Where(e => e.TargetId == target);
                }

                if (ctx.GetArgument<DateTimeOffset?>("before") is { } before)
                {
                    entries = entries.Where(e => e.At < before);
                }

                return await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(first).ToListAsync(ctx.CancellationToken);
            });
}
