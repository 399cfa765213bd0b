using System.CommandLine;
using Sitrep.Store;
using Sitrep.Web;
using Sitrep.Web.Security;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep serve</c>: the analyst's workbench (web UI and read-only HTTP API), issue 8.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = DbOption.Create();
        var urls = new Option<string>("--urls") { Description = "Where to listen (';'-separated).", DefaultValueFactory = _ => WorkbenchOptions.DefaultUrls };
        var token = new Option<string?>("--token") { Description = "Require this token from every client (Authorization: Bearer TOKEN, or ?token= once in a browser); required to listen beyond loopback. Default: $SITREP_TOKEN." };
        var command = new Command("serve", "Serve the web workbench and JSON API.") { db, urls, token };
        command.SetAction(async (p, ct) =>
        {
            var path = p.GetValue(db)!;
            var listen = p.GetValue(urls)!;
            var secret = p.GetValue(token) ?? Environment.GetEnvironmentVariable("SITREP_TOKEN");
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"sitrep: no store at {path} (run 'sitrep ingest INPUT --db {path}' first)");
                return ExitCodes.Usage;
            }
            // Scraped pages are hostile and the store may hold sensitive collections: off this machine only with a token.
            if (BindingPolicy.FirstRemote(listen) is { } remote && string.IsNullOrEmpty(secret))
            {
                Console.Error.WriteLine($"sitrep: {remote} is reachable from other machines; give --token (or SITREP_TOKEN) to serve beyond loopback");
                return ExitCodes.Usage;
            }
            try
            {
                await WorkbenchHost.RunAsync(new WorkbenchOptions { DbPath = path, Urls = listen, Token = secret },
                    bound => Console.Error.WriteLine($"sitrep: serving {path} on {string.Join(", ", bound)}{(secret is null ? "" : " (token required)")}; Ctrl-C stops"),
                    ct);
                return ExitCodes.Ok;
            }
            catch (OperationCanceledException) { return ExitCodes.Ok; }
            catch (IOException ex) { Console.Error.WriteLine($"sitrep: cannot listen on {listen}: {ex.Message}"); return ExitCodes.Failure; }
        });
        return command;
    }
}

/// <summary>Names the assembly that hosts the workbench (the CLI, which has the entry point) for ASP.NET Core's
/// WebApplicationFactory in the tests; Program is static and cannot be a type argument.</summary>
public sealed class WorkbenchEntryAssembly;
