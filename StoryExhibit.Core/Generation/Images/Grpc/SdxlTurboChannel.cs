using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Configuration;

namespace StoryExhibit.Core.Generation.Images.Grpc;

/// <summary>
/// The gRPC channel to one SDXL-Turbo endpoint, configured once and kept as long as its settings: UNAVAILABLE is retried by the
/// channel's service-config retry policy (unary calls, and streams until their first message), pictures up to
/// <see cref="SdxlTurboOptions.MaxImageBytes"/> are accepted, and HTTP/2 connections stay open between calls.
/// <c>http://</c> is plaintext HTTP/2 (h2c), <c>https://</c> TLS.
/// </summary>
public static class SdxlTurboChannel
{
    private static readonly TimeSpan InitialBackoff = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(3);

    public static GrpcChannel Create(SdxlTurboOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetries, nameof(options.MaxRetries));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxImageBytes, 1024, nameof(options.MaxImageBytes));
        var attempts = options.MaxRetries + 1;
        return GrpcChannel.ForAddress(options.Endpoint, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                EnableMultipleHttp2Connections = true,
                ConnectTimeout = options.ConnectTimeout,
                PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
                KeepAlivePingDelay = TimeSpan.FromSeconds(60),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(20),
                KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
            },
            DisposeHttpClient = true,
            // The picture plus its few fields; the default of 4 MB is too small for a large PNG.
            MaxReceiveMessageSize = options.MaxImageBytes + 1024,
            MaxRetryAttempts = attempts,
            // A retry policy needs at least two attempts; without retries the channel has no service config.
            ServiceConfig = attempts < 2 ? null : new ServiceConfig
            {
                MethodConfigs =
                {
                    new MethodConfig
                    {
                        Names = { MethodName.Default },
                        RetryPolicy = new RetryPolicy
                        {
                            MaxAttempts = attempts,
                            InitialBackoff = InitialBackoff,
                            MaxBackoff = MaxBackoff,
                            BackoffMultiplier = 2,
                            RetryableStatusCodes = { StatusCode.Unavailable },
                        },
                    },
                },
            },
        });
    }
}
