using System.Diagnostics.Metrics;
using BrandContent.Access;
using BrandContent.Telemetry;

namespace BrandContent.Api.Telemetry;

/// <summary>The API's own metrics, on the <see cref="BrandContentMeter"/>: GraphQL requests, their errors, rate-limit refusals.</summary>
public sealed class GraphQLMetrics
{
    public const string RequestsName = "brandcontent.graphql.requests";
    public const string ErrorsName = "brandcontent.graphql.errors";
    public const string RateLimitedName = "brandcontent.rate_limit.rejections";

    public const string OperationTag = "graphql.operation.name";
    public const string RoleTag = "brandcontent.role";
    public const string StatusTag = "http.response.status_code";
    public const string CodeTag = "graphql.error.code";

    /// <summary>The status of almost every request, boxed once rather than on each.</summary>
    private static readonly object Ok = StatusCodes.Status200OK;

    private readonly Counter<long> requests;
    private readonly Counter<long> errors;
    private readonly Counter<long> rateLimited;

    public GraphQLMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(BrandContentMeter.Name);
        requests = meter.CreateCounter<long>(RequestsName, "{request}", "GraphQL requests by operation name, caller role and HTTP status.");
        errors = meter.CreateCounter<long>(ErrorsName, "{error}", "GraphQL errors answered, by extensions.code and operation name.");
        rateLimited = meter.CreateCounter<long>(RateLimitedName, "{request}", "Requests refused by the rate limiter, by the role of their key.");
    }

    public void Request(string operation, string role, int status, IEnumerable<string> errorCodes)
    {
        requests.Add(1, new(OperationTag, operation), new(RoleTag, role), new(StatusTag, status == StatusCodes.Status200OK ? Ok : status));
        foreach (var code in errorCodes)
        {
            errors.Add(1, new(CodeTag, code), new(OperationTag, operation));
        }
    }

    /// <summary>The caller is decided before the limiter: a key's role, else the anonymous role (PUBLIC by default).</summary>
    public void RateLimited(Role role) => rateLimited.Add(1, new KeyValuePair<string, object?>(RoleTag, role.ToConstantCase()));
}
