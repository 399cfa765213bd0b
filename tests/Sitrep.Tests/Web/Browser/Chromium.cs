using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Sitrep.Tests.Web.Browser;

/// <summary>
/// Debian's headless Chromium driven over the Chrome DevTools Protocol (one WebSocket, flattened target
/// sessions): navigate, evaluate, click, screenshot, and collect console messages, exceptions and CSP reports.
/// </summary>
public sealed partial class Chromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<int, TaskCompletionSource<JsonObject>> _pending = [];
    private readonly Task _reader;
    private int _nextId;
    private string _session = "";

    /// <summary>Console messages and uncaught exceptions of the page, in order.</summary>
    public List<string> Console { get; } = [];

    public static string? Executable =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    private Chromium(Process process, string profile, Uri endpoint)
    {
        _process = process;
        _profile = profile;
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
        _socket.ConnectAsync(endpoint, CancellationToken.None).GetAwaiter().GetResult();
        _reader = Task.Run(ReadLoop);
    }

    public static async Task<Chromium> StartAsync(int width = 1280, int height = 900)
    {
        var profile = Path.Combine(Path.GetTempPath(), "sitrep-chromium-" + Guid.NewGuid().ToString("N")[..8]);
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("chromium not installed"))
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
                     "--disable-extensions", "--disable-background-networking", "--disable-sync", "--hide-scrollbars", "--mute-audio",
                     $"--window-size={width},{height}", "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
                     $"--user-data-dir={profile}", "about:blank",
                 })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        // Chromium prints "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID" on stderr.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var line = await process.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            if (line is null) break;
            if (ListeningLine().Match(line) is { Success: true } m)
            {
                _ = process.StandardError.ReadToEndAsync();
                var browser = new Chromium(process, profile, new Uri(m.Groups[1].Value));
                await browser.OpenPageAsync();
                return browser;
            }
        }
        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("chromium did not report its DevTools endpoint");
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex ListeningLine();

    private async Task OpenPageAsync()
    {
        var target = await SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, browserLevel: true);
        var attached = await SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, browserLevel: true);
        _session = attached["sessionId"]!.GetValue<string>();
        await SendAsync("Page.enable");
        await SendAsync("Runtime.enable");
        await SendAsync("Log.enable");
        // Record CSP violations from the first script on: a payload blocked by the CSP (rather than never
        // parsed as markup) would show up here.
        await SendAsync("Page.addScriptToEvaluateOnNewDocument", new JsonObject
        {
            ["source"] = "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));",
        });
    }

    public async Task NavigateAsync(string url)
    {
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        await WaitForLoadAsync();
    }

    /// <summary>Clicks the first element matching the selector (a real mouse event at its centre) and waits for the next page.</summary>
    public async Task ClickAsync(string selector)
    {
        var before = await EvaluateAsync<string>("location.href");
        var box = await EvaluateAsync<JsonElement>(
            $"(() => {{ const e = document.querySelector({JsonSerializer.Serialize(selector)}); if (!e) return null; e.scrollIntoView(); const r = e.getBoundingClientRect(); return {{ x: r.x + r.width / 2, y: r.y + r.height / 2 }}; }})()");
        if (box.ValueKind != JsonValueKind.Object) throw new InvalidOperationException($"nothing matches {selector}");
        foreach (var type in new[] { "mousePressed", "mouseReleased" })
            await SendAsync("Input.dispatchMouseEvent", new JsonObject
            {
                ["type"] = type, ["x"] = box.GetProperty("x").GetDouble(), ["y"] = box.GetProperty("y").GetDouble(), ["button"] = "left", ["clickCount"] = 1,
            });
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (await DuringNavigationAsync("location.href") is not { } now || now == before)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"clicking {selector} did not navigate");
            await Task.Delay(50);
        }
        await WaitForLoadAsync();
    }

    private async Task WaitForLoadAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (await DuringNavigationAsync("document.readyState") != "complete")
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("page did not finish loading");
            await Task.Delay(50);
        }
    }

    /// <summary>A string read while a page may be navigating: null when the evaluation met the page being replaced
    /// ("Inspected target navigated or closed", "Execution context was destroyed", "Cannot find context"), which a
    /// poll after a click or a navigation must wait through rather than fail on (CI saw it once in the click test).</summary>
    private async Task<string?> DuringNavigationAsync(string expression)
    {
        try { return await EvaluateAsync<string>(expression); }
        catch (InvalidOperationException e) when (e.Message.Contains("navigated or closed") || e.Message.Contains("context", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
    }

    public async Task<T> EvaluateAsync<T>(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result["exceptionDetails"] is { } error) throw new InvalidOperationException($"evaluating {expression}: {error.ToJsonString()}");
        var value = result["result"]?["value"];
        return value is null ? default! : value.Deserialize<T>()!;
    }

    /// <summary>First contentful paint of the current page in ms (Paint Timing), waiting up to 2 s for the entry; -1 if none.</summary>
    public async Task<double> FirstContentfulPaintAsync()
    {
        double fcp = -1;
        for (int i = 0; i < 100 && fcp < 0; i++)
        {
            fcp = await EvaluateAsync<double>("(performance.getEntriesByName('first-contentful-paint')[0] || { startTime: -1 }).startTime");
            if (fcp < 0) await Task.Delay(20);
        }
        return fcp;
    }

    public async Task ScreenshotAsync(string path)
    {
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = false });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot["data"]!.GetValue<string>()));
    }

    private async Task<JsonObject> SendAsync(string method, JsonObject? parameters = null, bool browserLevel = false)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (!browserLevel) message["sessionId"] = _session;
        var done = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_pending) _pending[id] = done;
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, _stop.Token);
        var reply = await done.Task.WaitAsync(TimeSpan.FromSeconds(60));
        if (reply["error"] is { } error) throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
        return reply["result"]?.AsObject() ?? new JsonObject();
    }

    private async Task ReadLoop()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var r = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (r.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, r.Count);
                if (!r.EndOfMessage) continue;
                var json = JsonNode.Parse(message.ToArray())!.AsObject();
                message.SetLength(0);
                if (json["id"] is { } id)
                {
                    TaskCompletionSource<JsonObject>? waiter;
                    lock (_pending) _pending.Remove(id.GetValue<int>(), out waiter);
                    waiter?.TrySetResult(json);
                }
                else Observe(json);
            }
        }
        catch (OperationCanceledException) { }
        catch (WebSocketException) { }
    }

    private void Observe(JsonObject e)
    {
        var method = e["method"]?.GetValue<string>();
        var p = e["params"];
        string? line = method switch
        {
            "Runtime.consoleAPICalled" => "console." + p?["type"] + ": " + string.Join(' ', p?["args"]?.AsArray().Select(a => a?["value"]?.ToString() ?? a?["description"]?.ToString()) ?? []),
            "Runtime.exceptionThrown" => "exception: " + (p?["exceptionDetails"]?["exception"]?["description"] ?? p?["exceptionDetails"]?["text"])?.ToString(),
            "Log.entryAdded" => "log." + p?["entry"]?["level"] + ": " + p?["entry"]?["text"],
            _ => null,
        };
        if (line is not null) lock (Console) Console.Add(line);
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { });
        _socket.Dispose();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
