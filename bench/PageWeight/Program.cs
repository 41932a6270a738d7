using Microsoft.Playwright;

// What a first visit of a page costs: every response the browser fetched (HTML, CSS, JS, fonts, images),
// as transferred on the wire (compressed bodies + headers), with an empty cache. Chromium from Debian.
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
var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
var responses = new List<IResponse>();
page.Response += (_, r) => { lock (responses) responses.Add(r); };
await page.GotoAsync(args[0], new() { WaitUntil = WaitUntilState.NetworkIdle });

long total = 0;
// A late response may still arrive while the sizes are read: the list is copied first.
List<IResponse> recues;
lock (responses) recues = [.. responses];
foreach (var r in recues)
{
    var sizes = await r.Request.SizesAsync();
    var bytes = sizes.ResponseBodySize + sizes.ResponseHeadersSize;
    total += bytes;
    var encoding = (await r.AllHeadersAsync()).GetValueOrDefault("content-encoding", "-");
    Console.WriteLine($"{bytes,9:N0}  {encoding,-5} {r.Status} {new Uri(r.Url).PathAndQuery}");
}
Console.WriteLine($"total: {total:N0} bytes ({total / 1024.0:F1} KB) in {recues.Count} responses");
return 0;
