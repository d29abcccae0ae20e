using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Generation.Offline;

/// <summary>How the chosen ending shapes the last stretch: a hint before the climax, and the turn the climax takes.</summary>
internal static class ClimaxTemplates
{
    public static IReadOnlyList<string> Foreshadow(EndingPreference ending) => ending switch
    {
        EndingPreference.Bittersweet =>
        [
            "[{Companion} was quiet today.|{Companion} had grown quiet, as if {companion} knew something was about to change.|{Companion} had grown thoughtful lately, as though sensing that every journey asks for something in return.]",
            "[{Hero} wished this day could last forever.|{Hero} wished, just for a moment, that this part of the journey could last forever.|{Hero} found {them}self wishing that this part of the journey would never end, though {they} knew it must.]",
            "[The {object} felt a little lighter now.|The {object} seemed a little dimmer than before, as if it were growing tired.|The {object} had begun to fade a little, like a lamp whose oil was running low.]",
        ],
        EndingPreference.Twist =>
        [
            "[The {foe} did not act like a real enemy.|Oddly, the {foe} never seemed to do any real harm.|Oddly enough, the {foe} never seemed to do anything truly harmful, which puzzled {hero} more and more.]",
            "[{Companion} knew something, but said nothing.|{Companion} kept glancing at the {object}, as if {companion} knew something.|{Companion} kept glancing at the {object} with the look of someone keeping a secret.]",
            "[Something did not quite fit.|Something about the whole affair did not quite fit, and {hero} could not say what.|Some detail did not fit, and it worried {hero} more and more.]",
        ],
        EndingPreference.Open =>
        [
            "[There were more doors here than on any map.|There were more paths here than any map had shown.|There were far more paths here than any map had shown, and some of them led to places nobody had seen.]",
            "[{Hero} saw a light far away and wondered about it.|Far away, a light blinked on and off, and {hero} wondered about it.|Far away, a single light blinked on and off, and {hero} wondered who had lit it.]",
            "[The {object} pointed two ways at once.|For a moment the {object} seemed to point in two directions at once.|For a moment the {object} seemed unable to decide, pointing first one way and then another.]",
        ],
        _ =>
        [
            "[{Hero} felt sure it would all work out.|{Hero} had a good feeling that everything would work out.|{Hero} felt a quiet certainty that, somehow, everything would come right.]",
            "[Friends were waiting for them back home.|Back home, friends were waiting and hoping for good news.|Back home, a whole crowd of friends was waiting for good news, and {hero} meant to bring it.]",
            "[The {object} gave a warm, happy glow.|The {object} gave a warm glow, as if it were cheering them on.|The {object} glowed warmly, as though it too believed they would succeed.]",
        ],
    };

    public static IReadOnlyList<string> Turn(EndingPreference ending) => ending switch
    {
        EndingPreference.Bittersweet =>
        [
            "[{Hero} knew that winning would cost something.|{Hero} understood that winning would cost something dear.|{Hero} understood, with a sinking heart, that there would be a price for winning.]",
            "[{Companion} said, “I may have to go away after this.”|{Companion} whispered that after this, {companion} might have to go away.|{Companion} confessed, very softly, that when this was over {companion} would have to leave.]",
            "[The {object} had only enough power left for one try.|The {object} had power left for one last try, and then it would be spent.|There was power in the {object} for one last attempt, and after that it would be spent forever.]",
        ],
        EndingPreference.Twist =>
        [
            "[The {foe} said, “You do not know the whole story.”|The {foe} held up a hand and said that they did not know the whole story.|The {foe} raised a hand and said, quite calmly, that they did not yet know the whole story.]",
            "[There was a mark on the {foe} that matched the {object}.|On the {foe} was a mark that matched the {object} exactly.|On the {foe}, half hidden, was a mark that matched the {object} exactly.]",
            "[{Hero} began to wonder who the real villain was.|{Hero} began to wonder whether they had been chasing the wrong villain.|{Hero} began to suspect that they had been chasing the wrong villain all this time.]",
        ],
        EndingPreference.Open =>
        [
            "[Behind the {foe} was a door nobody had opened.|Behind the {foe} stood a door that nobody had ever opened.|Behind the {foe} stood a door that nobody had ever opened, and it was very slightly ajar.]",
            "[The answer led to a new question.|Every answer they found seemed to lead to a new question.|Every answer they found seemed to open onto a further question.]",
            "[A second map was hidden inside the first.|A second map was hidden in the folds of the first, showing lands further on.|Folded inside the first map was a second one, showing lands that no one had charted.]",
        ],
        _ =>
        [
            "[{Hero} spoke kindly to the {foe}, and the {foe} listened.|{Hero} spoke to the {foe} gently, and to everyone’s surprise the {foe} listened.|{Hero} spoke to the {foe} with such kindness that, for the first time, the {foe} stopped to listen.]",
            "[Everyone they had helped came to help them now.|Everyone they had helped along the way came running to help them now.|One by one, everyone they had helped along the way arrived to stand beside them.]",
            "[The {object} shone, and the way ahead was clear.|The {object} shone brightly, and the way ahead opened up.|The {object} shone out, and the way ahead opened as if it had been waiting for them.]",
        ],
    };
}
