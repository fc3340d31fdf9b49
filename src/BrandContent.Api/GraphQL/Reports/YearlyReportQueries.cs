using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.Reports;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Reports;

public static class YearlyReportQueries
{
    public static void AddYearlyReportQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<YearlyReportType>>("yearlyReport")
            .Description("A brand's yearly report as data: what the .docx and .md documents at /reports/{brand}/{year} contain.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The calendar year (Việt Nam dates), from 2000 to next year.")
            .Argument<StringGraphType>("locale", "vi (default) or en: the language of the report's names.")
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var reports = ctx.RequestServices!.GetRequiredService<YearlyReports>();
                return await reports.ForCallerAsync(
                    ctx.Caller(), ctx.GetArgument<string>("brand"), ctx.GetArgument<int>("year").ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ctx.GetArgument<string?>("locale"), delivery.Now, ctx.CancellationToken);
            });
}
