using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.OpenApi;
using Scalar.AspNetCore;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Web.Security;

namespace StoryExhibit.Web.Api;

/// <summary>
/// The studio's API under /api (API keys, problem details, a rate limit per key), its OpenAPI 3.1 document at
/// <see cref="DocumentPath"/> and the documentation page at <see cref="DocsPath"/>, served from the app itself.
/// </summary>
public static class ApiHosting
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string DocsPath = "/api/docs";
    public const string ClientPolicy = "ApiClient";

    public static bool IsApiRequest(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddStudioApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.Section))
            .Validate(o => o.RequestsPerMinute >= 0, $"{ApiOptions.Section}:RequestsPerMinute cannot be negative (0 means no limit).")
            .ValidateOnStart();
        services.AddProblemDetails();
        services.AddSingleton<ApiRateLimit>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(ClientPolicy, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser());
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "StoryExhibit studio API";
                document.Info.Description = $"Start writer, illustrator, video and export jobs, follow them and download their results. Send an API key in the {ApiKeyAuthentication.Header} header; admins issue keys on /settings/api-keys.";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiKeyAuthentication.SchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = ApiKeyAuthentication.Header,
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.SchemeName, document)] = [] }];
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static WebApplication MapStudioApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(ClientPolicy)
            // The one limiter (a singleton): AddEndpointFilter<T> would make a new filter, and so a new window, per request.
            .AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<ApiRateLimit>().InvokeAsync(context, next));
        api.MapJobApi(app.Services.GetServices<JobKind>());
        api.MapGet("/health", HealthAsync).WithName("Health").WithTags("Health").WithSummary("Whether the API can take jobs, and which kinds it knows.");
        // Anything else under /api is a problem body too, not the visitors' "not found" page.
        api.MapFallback(() => JobApiEndpoints.NotFound()).ExcludeFromDescription();

        app.MapOpenApi(DocumentPath);
        // The docs page names the document by a path relative to itself; this answers it there too.
        app.MapOpenApi(DocsPath + "/openapi/{documentName}.json");
        app.MapScalarApiReference(DocsPath, options => options
            .WithTitle("StoryExhibit studio API")
            .WithOpenApiRoutePattern(DocumentPath)
            .DisableDefaultFonts())
            .AddEndpointFilter((context, next) =>
            {
                SecurityHeaders.AsApiDocs(context.HttpContext);
                return next(context);
            });
        app.MapJobFiles();
        return app;
    }

    private static async Task<IResult> HealthAsync(HealthCheckService health, JobSystem jobs, CancellationToken ct)
    {
        var report = await health.CheckHealthAsync(check => check.Name == "database", ct);
        return TypedResults.Ok(new ApiHealth(report.Status.ToString(), [.. jobs.Kinds.Select(k => new ApiKindInfo(k.Name, JobKindRoutes.RouteOf(k.Name), k.MaxConcurrency))]));
    }
}

public sealed record ApiHealth(string Status, IReadOnlyList<ApiKindInfo> Kinds);
public sealed record ApiKindInfo(string Kind, string Route, int MaxConcurrency);
