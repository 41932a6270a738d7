using System.Text.Json;
using Microsoft.Playwright;

// What a first visit of a page costs: every response the browser fetched (HTML, CSS, JS, fonts, images), as
// transferred on the wire, with an empty cache. Chromium from Debian. The bytes are Chromium's own count
// (DevTools' Network.loadingFinished.encodedDataLength: compressed body and headers as received, HPACK-compressed
// headers over HTTP/2), the protocol is the one the response came by. A self-signed certificate is accepted (the
// bench's nginx in front of the service, as deploy/nginx-eig.conf is in production).
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: PageWeight <url>");
    return 2;
}
Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = Environment.GetEnvironmentVariable("EIG_CHROMIUM") ?? "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, IgnoreHTTPSErrors = true });
var page = await context.NewPageAsync();
var cdp = await context.NewCDPSessionAsync(page);
var reponses = new Dictionary<string, (string Url, int Status, string Encodage, string Protocole)>();
var octets = new Dictionary<string, long>();
cdp.Event("Network.responseReceived").OnEvent += (_, e) =>
{
    if (e is not { } j) return;
    var r = j.GetProperty("response");
    var encodage = "-";
    foreach (var h in r.GetProperty("headers").EnumerateObject())
        if (h.Name.Equals("content-encoding", StringComparison.OrdinalIgnoreCase)) encodage = h.Value.GetString() ?? "-";
    var protocole = r.TryGetProperty("protocol", out var p) ? p.GetString() ?? "?" : "?";
    lock (reponses) reponses[j.GetProperty("requestId").GetString()!] = (r.GetProperty("url").GetString()!, r.GetProperty("status").GetInt32(), encodage, protocole);
};
cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
{
    if (e is not { } j) return;
    lock (reponses) octets[j.GetProperty("requestId").GetString()!] = (long)j.GetProperty("encodedDataLength").GetDouble();
};
await cdp.SendAsync("Network.enable");
await page.GotoAsync(args[0], new() { WaitUntil = WaitUntilState.NetworkIdle });

long total = 0;
var n = 0;
lock (reponses)
{
    foreach (var (id, r) in reponses)
    {
        if (!octets.TryGetValue(id, out var b)) continue;   // a request still running (none once the network is idle)
        if (r.Url.StartsWith("data:", StringComparison.Ordinal)) continue;   // a stylesheet's inline image: nothing on the wire
        total += b;
        n++;
        Console.WriteLine($"{b,9:N0}  {r.Encodage,-5} {r.Protocole,-8} {r.Status} {new Uri(r.Url).PathAndQuery}");
    }
}
Console.WriteLine($"total: {total:N0} bytes ({total / 1024.0:F1} KB) in {n} responses");
return 0;
