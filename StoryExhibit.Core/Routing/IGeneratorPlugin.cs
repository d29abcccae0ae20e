using Microsoft.Extensions.AI;

namespace StoryExhibit.Core.Routing;

/// <summary>
/// One generator capability (story text, pictures, speech, music...) exposed as an <see cref="AIFunction"/>,
/// so that a router, or a model calling tools, can reach it by name. Which provider serves it is
/// decided by configuration behind the plugin.
/// </summary>
public interface IGeneratorPlugin
{
    AIFunction Function { get; }
}
