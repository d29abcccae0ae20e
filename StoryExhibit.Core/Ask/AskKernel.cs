using Microsoft.SemanticKernel;

namespace StoryExhibit.Core.Ask;

/// <summary>The typed call through which the app reaches the router in the kernel.</summary>
public static class AskKernel
{
    /// <summary>Classifies one request through <see cref="AskRouterPlugin"/>.</summary>
    public static async Task<AskRoute> RouteRequestAsync(this Kernel kernel, string request, CancellationToken ct) =>
        await kernel.InvokeAsync<AskRoute>(AskRouterPlugin.Name, AskRouterPlugin.RouteRequest, new KernelArguments { ["request"] = request }, ct)
            .ConfigureAwait(false) ?? throw new InvalidOperationException("The router returned no route.");
}
