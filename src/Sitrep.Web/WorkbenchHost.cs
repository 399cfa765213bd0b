using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Sitrep.Web;

/// <summary>The workbench on Kestrel, as <c>sitrep serve</c> runs it.</summary>
public static class WorkbenchHost
{
    public static WebApplication Build(WorkbenchOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        Workbench.AddServices(builder.Services, options);
        var app = builder.Build();
        Workbench.Configure(app);
        return app;
    }

    /// <summary>Serves until <paramref name="stop"/> fires; <paramref name="started"/> gets the addresses actually bound.</summary>
    public static async Task RunAsync(WorkbenchOptions options, Action<IReadOnlyCollection<string>> started, CancellationToken stop)
    {
        await using var app = Build(options);
        await app.StartAsync(stop);
        started(app.Urls.ToList());
        try { await Task.Delay(Timeout.Infinite, stop); }
        catch (OperationCanceledException) { }
        await app.StopAsync(CancellationToken.None);
    }
}
