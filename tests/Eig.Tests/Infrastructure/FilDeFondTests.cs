using Eig.Web.Infrastructure.Planification;

namespace Eig.Tests.Infrastructure;

/// <summary>The background thread of CPU-heavy work runs at the lowest priority, and only it.</summary>
public class FilDeFondTests
{
    [Fact]
    public void TheThread_RunsAtTheLowestPriority_TheCallerKeepsItsOwn()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "The nice value is read from /proc.");
        var avant = FilDeFond.NiceDuFilCourant();
        int? dansLeFil = null;

        FilDeFond.Demarrer("test-fil-de-fond", () => dansLeFil = FilDeFond.NiceDuFilCourant()).Join();

        Assert.Equal(19, dansLeFil);
        Assert.Equal(avant, FilDeFond.NiceDuFilCourant());
        Assert.NotEqual(19, avant);
    }
}
