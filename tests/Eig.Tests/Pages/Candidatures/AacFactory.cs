using Eig.Tests.Support;

namespace Eig.Tests.Pages.Candidatures;

/// <summary>A factory whose database holds one published call for candidates, created on first use.</summary>
public sealed class AacFactory : EigWebFactory
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private AacKit.Appel? _appel;

    public async Task<AacKit.Appel> AppelAsync()
    {
        await _lock.WaitAsync();
        try { return _appel ??= await this.AppelOuvertAsync(); }
        finally { _lock.Release(); }
    }
}
