using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace StoryExhibit.Web.Api;

/// <summary>The API's rules (section "Api").</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>How many requests one API key may make a minute; 0 for no limit.</summary>
    public int RequestsPerMinute { get; set; } = 120;
}

/// <summary>A fixed window of requests per API key; past it the request is answered 429 with Retry-After.</summary>
public sealed class ApiRateLimit(IOptionsMonitor<ApiOptions> options, ILogger<ApiRateLimit> log) : IEndpointFilter, IDisposable
{
    private readonly Lock _gate = new();
    private (int Limit, PartitionedRateLimiter<string> Limiter)? _current;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var limit = options.CurrentValue.RequestsPerMinute;
        var key = context.HttpContext.User.FindFirstValue(ApiKeyAuthentication.KeyIdClaim);
        if (limit <= 0 || key is null) return await next(context);
        using var lease = Limiter(limit).AttemptAcquire(key);
        if (lease.IsAcquired) return await next(context);
        var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString();
        log.LogInformation("API key {KeyId} reached {Limit} requests a minute; retry after {RetryAfter}", key, limit, retry);
        return TypedResults.Problem(statusCode: 429, title: "Too many requests", detail: $"This key may make {limit} requests a minute. Please wait a little.");
    }

    private PartitionedRateLimiter<string> Limiter(int limit)
    {
        lock (_gate)
        {
            if (_current is { } current && current.Limit == limit) return current.Limiter;
            _current?.Limiter.Dispose();
            var limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
            }));
            _current = (limit, limiter);
            return limiter;
        }
    }

    public void Dispose() => _current?.Limiter.Dispose();
}
