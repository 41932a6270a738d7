using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Eig.Web.Infrastructure.Http;

/// <summary>
/// What a hostile or broken request gets: a real status and the French error page, never a 500 or an invalid status
/// line. Only GET, HEAD and POST are served (TRACE and the rest: 405). A form is read once, before any page, within
/// the limits below: too many fields, a value too long, a NUL character or a broken multipart body is a 400; a body
/// over the limit is a 413.
/// </summary>
public static class RequetesRobustes
{
    public const int ChampsMax = 1024;
    public const int ValeurMax = 256 * 1024;
    private static readonly string[] Verbes = [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post];

    public static long CorpsMax(IConfiguration config) => config.GetValue("Http:CorpsMaxMo", 64L) * 1024 * 1024;

    public static IServiceCollection AddRequetesRobustes(this IServiceCollection services, IConfiguration config)
    {
        var corpsMax = CorpsMax(config);
        services.Configure<FormOptions>(o =>
        {
            o.ValueCountLimit = ChampsMax;
            o.ValueLengthLimit = ValeurMax;
            o.KeyLengthLimit = 2048;
            o.MultipartBodyLengthLimit = corpsMax;
            o.MultipartHeadersLengthLimit = 16 * 1024;
        });
        services.Configure<KestrelServerOptions>(o =>
        {
            o.Limits.MaxRequestBodySize = corpsMax;
            o.Limits.MaxRequestHeadersTotalSize = 64 * 1024;
            // "Server: Kestrel" tells an attacker what runs here and costs 17 bytes on each of a first visit's 20-odd responses.
            o.AddServerHeader = false;
        });
        return services;
    }

    /// <summary>Before routing: methods the site does not use.</summary>
    public static IApplicationBuilder UseVerbesConnus(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (!Verbes.Contains(ctx.Request.Method, StringComparer.OrdinalIgnoreCase))
        {
            ctx.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            ctx.Response.Headers.Allow = "GET, HEAD, POST";
            // The error page is re-executed as a GET: it has no handler for TRACE or PUT.
            ctx.Request.Method = HttpMethods.Get;
            return;
        }
        await next();
    });

    /// <summary>After routing (a page's own upload limits apply): reads the form, and answers 400/413 when it breaks them.</summary>
    public static IApplicationBuilder UseFormulairesRobustes(this IApplicationBuilder app, long corpsMax) => app.Use(async (ctx, next) =>
    {
        if (HttpMethods.IsPost(ctx.Request.Method) && ctx.Request.HasFormContentType)
        {
            var code = await LireAsync(ctx, corpsMax);
            if (code is { } erreur)
            {
                ctx.Response.StatusCode = erreur;
                // The error page must not read this form again: GET, with the status.
                ctx.Request.Method = HttpMethods.Get;
                return;
            }
        }
        await next();
    });

    private static async Task<int?> LireAsync(HttpContext ctx, long corpsMax)
    {
        if (ctx.Request.ContentLength > corpsMax && ctx.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is null)
            return StatusCodes.Status413PayloadTooLarge;
        try
        {
            var form = await ctx.Request.ReadFormAsync(ctx.RequestAborted);
            foreach (var (cle, valeurs) in form)
            {
                if (cle.Contains('\0')) return StatusCodes.Status400BadRequest;
                foreach (var v in valeurs)
                    if (v is not null && v.Contains('\0')) return StatusCodes.Status400BadRequest;
            }
            return null;
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e)
        {
            return e.StatusCode;
        }
        catch (InvalidDataException e)
        {
            return e.Message.Contains("body length limit", StringComparison.OrdinalIgnoreCase)
                ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
        }
        catch (IOException)
        {
            return StatusCodes.Status400BadRequest;
        }
    }
}
