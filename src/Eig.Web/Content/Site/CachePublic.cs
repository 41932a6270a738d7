using Microsoft.AspNetCore.OutputCaching;

namespace Eig.Web.Content.Site;

/// <summary>The public pages come from the foundation's output cache (tag <see cref="WebApp.PublicCacheTag"/>).
/// The back office and the import call this after every change the public pages show, so that a publication is
/// visible at once rather than when the entry expires.</summary>
public sealed class CachePublic(IOutputCacheStore store)
{
    public Task ViderAsync(CancellationToken ct = default) => store.EvictByTagAsync(WebApp.PublicCacheTag, ct).AsTask();
}
