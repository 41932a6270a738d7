using System.Threading.RateLimiting;

namespace Eig.Web.Infrastructure.Http;

/// <summary>Marks a page whose sending is heavy work (a password hashed or checked, an account written with its mail,
/// a CV checked and stored): at most a few of them run at once, the others wait their turn in a queue. A waiting
/// request costs no CPU, so the public pages served from the cache keep the cores on an opening day instead of
/// waiting behind sign-ups. Only POSTs count, unless <see cref="AussiEnLecture"/> (a link that writes, like the
/// confirmation of an address).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TravailLourdAttribute : Attribute
{
    public bool AussiEnLecture { get; init; }
}

/// <summary>The bulkhead of the heavy pages: one concurrency limiter shared by all of them (the cores are shared too),
/// as the rate limiter's global limiter, in front of the per-address limit of the forms.</summary>
public static class TravauxLourds
{
    /// <summary>What a 429 from the bulkhead asks to wait: a full queue empties in about a second at the rates
    /// measured (bench/ouverture), so a few seconds is enough without inviting an immediate retry storm.</summary>
    public const int AttenteSecondes = 5;

    /// <summary>How many run at once (<c>Charge:TravauxLourds:Simultanes</c>): by default the number of cores. Each
    /// of them mostly computes (a hash, a PDF scan, the page), so more than one per core only shares the same cores
    /// among more of them, and fewer leaves a core idle while one waits for the database.</summary>
    public static int Simultanes(IConfiguration config) =>
        Math.Max(1, config.GetValue("Charge:TravauxLourds:Simultanes", Environment.ProcessorCount));

    /// <summary>How many may wait (<c>Charge:TravauxLourds:FileAttente</c>), oldest first; beyond it a 429 with
    /// <see cref="AttenteSecondes"/>. 256 by default: at the ~250 heavy requests/s two cores served in the opening-day
    /// benchmark that is about a second of waiting, the sign-up's target; and four times the heavy clients of its
    /// 128-connection level, which must never see a 429.</summary>
    public static int FileAttente(IConfiguration config) =>
        Math.Max(0, config.GetValue("Charge:TravauxLourds:FileAttente", 256));

    public static bool Concerne(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<TravailLourdAttribute>() is { } lourd
        && (HttpMethods.IsPost(http.Request.Method) || (lourd.AussiEnLecture && HttpMethods.IsGet(http.Request.Method)));

    public static PartitionedRateLimiter<HttpContext> Limiteur(IConfiguration config)
    {
        var options = new ConcurrencyLimiterOptions
        {
            PermitLimit = Simultanes(config),
            QueueLimit = FileAttente(config),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
        return PartitionedRateLimiter.Create<HttpContext, string>(http => Concerne(http)
            ? RateLimitPartition.GetConcurrencyLimiter("travaux-lourds", _ => options)
            : RateLimitPartition.GetNoLimiter("libre"));
    }
}
