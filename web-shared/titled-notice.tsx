/** A message bar with a title over its text: the shape of every notice both front ends raise. */
import { MessageBar, MessageBarBody, MessageBarTitle, type MessageBarIntent } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export function TitledNotice({
  intent,
  title,
  testId,
  children,
}: {
  intent: MessageBarIntent;
  title: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
