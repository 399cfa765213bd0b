using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Sitrep.Store;
using Sitrep.Store.Sqlite;
using Sitrep.Web.Api;
using Sitrep.Web.Pages;
using Sitrep.Web.Security;
using Sitrep.Web.Views;

namespace Sitrep.Web;

/// <summary>
/// The workbench as an ASP.NET Core application: services and the request pipeline, shared by
/// <c>sitrep serve</c> (<see cref="WorkbenchHost"/>) and the tests (WebApplicationFactory).
/// </summary>
public sealed class Workbench
{
    public static void AddServices(IServiceCollection services, WorkbenchOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<IDocumentStore>(_ => SqliteStore.OpenExisting(options.DbPath));
        services.AddSingleton<WorkbenchData>();
        services.AddRouting();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.WriteIndented = false;
        });
    }

    public static void Configure(IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<WorkbenchOptions>();
        var gate = options.Token is { Length: > 0 } token ? new TokenGate(token) : null;
        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Sitrep.Web");

        app.Use(async (context, next) =>
        {
            SecurityHeaders.Apply(context.Response.Headers);
            if (!ReadOnlyMethods.Allowed(context.Request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = "GET, HEAD";
                await context.Response.WriteAsJsonAsync(new { error = "the workbench is read-only" });
                return;
            }
            if (gate is not null)
                switch (gate.Check(context.Request))
                {
                    case TokenGate.Outcome.Denied:
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        await context.Response.WriteAsJsonAsync(new { error = "a token is required (Authorization: Bearer TOKEN, or open a page once with ?token=TOKEN)" });
                        return;
                    case TokenGate.Outcome.SetCookieAndRedirect:
                        context.Response.Cookies.Append(TokenGate.CookieName, context.Request.Query["token"].ToString(),
                            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps, Path = "/" });
                        var rest = context.Request.Query.Where(q => q.Key != "token").Select(q => (q.Key, (string?)q.Value.ToString())).ToArray();
                        context.Response.Redirect(Links.Query(context.Request.Path.Value ?? "/", rest));
                        return;
                }
            try { await next(context); }
            catch (AmbiguousIdException ex) { await Fail(context, StatusCodes.Status400BadRequest, ex.Message); }
            catch (Exception ex) when (!context.Response.HasStarted)
            {
                // Details go to the log, never to the page: a stack trace would echo scraped text and paths.
                log.LogError(ex, "request {Path} failed", context.Request.Path.Value);
                await Fail(context, StatusCodes.Status500InternalServerError, "internal error (see the server log)");
            }
        });

        if (Directory.Exists(options.WebRoot))
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(options.WebRoot),
                OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=3600",
            });
        else
            log.LogWarning("no static assets at {WebRoot}: pages will be unstyled", options.WebRoot);

        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            ApiEndpoints.Map(endpoints);
            PageEndpoints.Map(endpoints);
        });
    }

    private static async Task Fail(HttpContext context, int status, string message)
    {
        context.Response.Clear();
        SecurityHeaders.Apply(context.Response.Headers);
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { error = message });
    }
}
