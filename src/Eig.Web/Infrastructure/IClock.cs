namespace Eig.Web.Infrastructure;

/// <summary>Time as the domain sees it: always UTC, replaceable in tests.</summary>
public interface IClock
{
    DateTime UtcNow { get; }
}

public sealed class SystemClock : IClock
{
    public DateTime UtcNow => DateTime.UtcNow;
}
