using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Images.Grpc;
using StoryExhibit.Core.Generation.Probes;
using StoryExhibit.Tests.Core.Generation.Images;

namespace StoryExhibit.Tests.Core.Generation.Probes;

/// <summary>"Test connection" for SDXL-Turbo against the real gRPC server, and its gRPC failures in plain words.</summary>
[Collection(GrpcServerCollection.Name)]
public sealed class SdxlTurboProbeTests(GrpcTestServer server)
{
    private static readonly TimeSpan Short = TimeSpan.FromSeconds(5);
    private readonly ProviderProbe _probe = new(NullLogger<ProviderProbe>.Instance);

    [Fact]
    public async Task A_working_server_paints_a_small_test_picture()
    {
        var options = new ImageOptions { Provider = ImageProvider.SdxlTurbo, SdxlTurbo = new SdxlTurboOptions { Endpoint = server.Address } };
        var result = await _probe.ImagesAsync(options, Short, CancellationToken.None);

        Assert.True(result.Success, result.Message);
        Assert.StartsWith($"Connected: SDXL-Turbo painted a {ImageRequest.MinSide * 2}×{ImageRequest.MinSide * 2} test picture", result.Message);
    }

    [Theory]
    [InlineData(StatusCode.Unavailable, "", "Unreachable: nothing answered at that address.")]
    [InlineData(StatusCode.DeadlineExceeded, "", "Timed out: no answer within 5 seconds.")]
    [InlineData(StatusCode.Unimplemented, "Method not found", "Wrong service: the server at that address is not an SDXL-Turbo image service.")]
    [InlineData(StatusCode.Internal, "CUDA out of memory", "The picture server failed the test (Internal).")]
    [InlineData(StatusCode.ResourceExhausted, "", "The picture server failed the test (ResourceExhausted).")]
    public void Grpc_failures_are_explained_by_their_status_never_by_the_servers_words(StatusCode status, string detail, string expected)
    {
        var failure = new GenerationException(SdxlTurboIllustrator.Provider, "The picture service had a problem.", new RpcException(new Status(status, detail)));
        var explained = ProviderProbe.Explain(failure, Short, "request");
        Assert.StartsWith(expected, explained);
        if (detail.Length > 0) Assert.DoesNotContain(detail, explained);
    }
}
