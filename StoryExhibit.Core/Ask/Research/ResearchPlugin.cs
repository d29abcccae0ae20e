using System.ComponentModel;
using System.Runtime.CompilerServices;
using Microsoft.SemanticKernel;

namespace StoryExhibit.Core.Ask.Research;

/// <summary>The research capability in the generator kernel: answers a factual question, streaming the answer as it is written.</summary>
public sealed class ResearchPlugin(IResearchAnswerer answerer)
{
    public const string Name = "Research";
    public const string AnswerQuestion = "answer_question";

    [KernelFunction(AnswerQuestion)]
    [Description("Answers a visitor's factual question about the world (\"how far away is the moon?\", \"what is a narwhal?\") for the story's audience and rating, streaming the answer.")]
    public async IAsyncEnumerable<string> AnswerAsync(
        [Description("The question, with the audience and rating the answer must suit.")] ResearchQuestion question,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var fragment in answerer.AnswerAsync(question, ct).ConfigureAwait(false)) yield return fragment;
    }
}

public static class ResearchKernel
{
    /// <summary>Answers a factual question through the kernel's <see cref="ResearchPlugin"/>, streaming the fragments.</summary>
    public static IAsyncEnumerable<string> AnswerResearchAsync(this Kernel kernel, ResearchQuestion question, CancellationToken ct) =>
        kernel.InvokeStreamingAsync<string>(ResearchPlugin.Name, ResearchPlugin.AnswerQuestion, new KernelArguments { ["question"] = question }, ct);
}
