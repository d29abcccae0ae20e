using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace StoryExhibit.Core.Ask;

/// <summary>The router capability in the kernel: classifies a visitor's free request so the right plugin answers it.</summary>
public sealed class AskRouterPlugin(IAskRouter router)
{
    public const string Name = "AskRouter";
    public const string RouteRequest = "route_request";

    [KernelFunction(RouteRequest)]
    [Description("Classifies a visitor's request to the storyteller: continue the story, a picture, a song, a question about the story, research, or unsupported; with its subject.")]
    public Task<AskRoute> RouteAsync([Description("The visitor's request, already checked by moderation.")] string request, CancellationToken ct) =>
        router.RouteAsync(request, ct);
}
