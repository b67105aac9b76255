using System.Text.Json.Serialization;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Federation.ServiceDefaults;

/// <summary>What every service of a city node shares: city, health, telemetry, errors, logs, OpenAPI.</summary>
public static class ServiceDefaults
{
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder, string service)
    {
        builder.AddCity();
        builder.AddTracing(service);
        builder.Logging.AddSimpleConsole(o =>
        {
            o.IncludeScopes = true;
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
        });
        // The trace id ties a log line to its trace; span and parent ids only add noise on a console.
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId);
        // The relay polls every 2 s and each request logs routing steps: keep those out unless asked.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Http.Result", LogLevel.Warning);
        // "Request starting" lines carry the whole address, query included: a one-time link's token would be
        // written to the log of the portal page it leads to. Requests are in the traces (their queries redacted).
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Unreadable bodies surface as exceptions, so the handler above can name the field.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.MaxDepth = 32;
            // One reading for every service: a number is a JSON number ("5" is refused, not guessed), and a
            // field the request does not have is refused by name rather than dropped without a word.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(
            o => o.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), tags: ["live"]);
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapServiceDefaults(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCityLogScope();
        // Every API service signs its callers in by bearer token (the identity service with its own key).
        if (app.Services.GetService<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>() is not null)
        {
            app.UseAuthentication();
            app.UseRateLimiter();
            app.UseAuthorization();
        }
        app.MapHealthEndpoints();
        app.MapOpenApi().AllowAnonymous();
        app.UseSwaggerUI(o => o.SwaggerEndpoint("/openapi/v1.json", "API"));
        return app;
    }

    /// <summary>Every request's log lines carry the city (the portal uses this without the API pipeline).</summary>
    public static IApplicationBuilder UseCityLogScope(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var city = http.RequestServices.GetRequiredService<ThisCity>();
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Federation.Requests");
        using (logger.BeginCityScope(city.Id))
            await next(http);
    });

    /// <summary>/health (ready: every check) and /alive (the process answers), which the launcher waits on.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        // Probes come from orchestrators and load balancers, which hold no token.
        app.MapHealthChecks("/health", HealthResponses.Ready).AllowAnonymous();
        app.MapHealthChecks("/alive", HealthResponses.Alive).AllowAnonymous();
        return app;
    }
}
