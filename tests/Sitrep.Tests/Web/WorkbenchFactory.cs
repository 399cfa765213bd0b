using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Sitrep.Web;

namespace Sitrep.Tests.Web;

/// <summary>The workbench in memory (ASP.NET Core's TestServer) over a given store. The factory wants a type from
/// an assembly with an entry point: the CLI that hosts the workbench (its Main never runs: the host is built here).</summary>
public sealed class WorkbenchFactory(string dbPath, string? token = null) : WebApplicationFactory<Sitrep.Cli.Commands.WorkbenchEntryAssembly>
{
    protected override IHostBuilder CreateHostBuilder() =>
        new HostBuilder().ConfigureWebHost(web => web
            .ConfigureServices(services => Workbench.AddServices(services, new WorkbenchOptions { DbPath = dbPath, Token = token }))
            .Configure(Workbench.Configure));
}
