import type { TurnContext } from 'botbuilder';

/**
 * Shows "typing…" at once and repeats it until the bot's first message goes out or `stop()` is
 * called (always call it before the turn ends).
 */
export async function startTyping(context: TurnContext, intervalMs = 3000): Promise<{ stop(): void }> {
  let running = true;
  let timer: NodeJS.Timeout | undefined;
  const stop = (): void => {
    running = false;
    if (timer) clearTimeout(timer);
  };
  context.onSendActivities(async (_context, activities, next) => {
    if (activities.some((activity) => activity.type === 'message' || activity.channelData?.streamType)) stop();
    return next();
  });
  const send = async (): Promise<void> => {
    if (!running) return;
    try {
      await context.sendActivity({ type: 'typing' });
    } catch {
      stop();
      return;
    }
    if (!running) return;
    timer = setTimeout(() => void send(), intervalMs);
    timer.unref();
  };
  await send();
  return { stop };
}
