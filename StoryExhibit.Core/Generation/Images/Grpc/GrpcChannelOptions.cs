namespace StoryExhibit.Core.Generation.Images.Grpc;

/// <summary>Where a gRPC server is and how patiently to call it.</summary>
public sealed class GrpcChannelOptions
{
    /// <summary><c>http://host:port</c> (HTTP/2 with prior knowledge, no TLS) or <c>https://host:port</c> (HTTP/2 negotiated by ALPN).</summary>
    public required Uri Address { get; init; }
    /// <summary>Deadline of a unary call when the caller gives none, retries included.</summary>
    public TimeSpan DefaultDeadline { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>Further attempts after an UNAVAILABLE status (unary calls; streams only before their first message).</summary>
    public int MaxRetries { get; init; } = 2;
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(3);
    /// <summary>Largest message accepted from the server; a 4K PNG is well under the default.</summary>
    public int MaxReceiveMessageSize { get; init; } = 32 * 1024 * 1024;
    /// <summary>Longest wait for a connection to open.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    internal void Validate()
    {
        if (!Address.IsAbsoluteUri || Address.Scheme is not ("http" or "https"))
            throw new ArgumentException($"The gRPC address must be an absolute http:// or https:// address, not '{Address}'.", nameof(Address));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(DefaultDeadline, TimeSpan.Zero, nameof(DefaultDeadline));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfLessThan(InitialBackoff, TimeSpan.Zero, nameof(InitialBackoff));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxReceiveMessageSize, 1024, nameof(MaxReceiveMessageSize));
    }
}
