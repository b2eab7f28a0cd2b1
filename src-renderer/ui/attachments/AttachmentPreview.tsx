import { ActionIcon, Alert, Box, Button, Center, Group, Loader, Modal, ScrollArea, Stack, Text, Tooltip } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight, IconDownload, IconZoomIn, IconZoomOut, IconArrowAutofitWidth } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { previewKindOf } from '../../core/attachments';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { useReturnFocus } from '../use-return-focus';
import { formatFileSize } from './file-checks';
import type { PdfHandle } from './pdf-document';

/** A stored file as the preview needs it; `mimeType` is the stored, sniffed type (never the browser's guess). */
export interface PreviewedAttachment {
  blob: Blob;
  fileName: string;
  mimeType: string;
  title: string;
}

export interface AttachmentPreviewProps {
  attachment: PreviewedAttachment;
  /** 下载 (always offered, also when the preview fails): the screen saves the file or opens it outside. */
  onDownload: () => void;
  onClose: () => void;
}

/** Text beyond this is not shown (a 100 MB log would freeze the page): the first 1 MB, and a note that it is cut. */
export const TEXT_PREVIEW_BYTES = 1024 * 1024;
// What the dialog's title, file name, page bar, buttons and margins leave of the window (the buttons stay in view at 1366×768).
const VIEW_HEIGHT = 'calc(100dvh - 21rem)';

/**
 * 预览 (issue 18.3): images, PDF (pdf.js, drawn on a canvas) and plain text inside the app; any other
 * type says it cannot be shown here. Nothing of the file is run or read as HTML: an image is an <img>
 * over an object URL (revoked on close), text is a <pre>'s text content, a PDF is pixels. 下载 stays
 * whatever happens, so a file the preview cannot read is still at hand. Mounted open, like FormModal.
 */
export function AttachmentPreview({ attachment, onDownload, onClose }: AttachmentPreviewProps) {
  const t = useT();
  useReturnFocus();
  const kind = previewKindOf(attachment.mimeType);
  return (
    <Modal opened onClose={onClose} title={t('attachments.preview.title', { title: attachment.title })} size="70rem" centered>
      <Stack gap="sm" data-testid="attachment-preview">
        <Text size="sm" c="dimmed" truncate="end" title={attachment.fileName}>
          {attachment.fileName}
        </Text>
        {kind === 'image' && <ImageView blob={attachment.blob} alt={attachment.title} />}
        {kind === 'text' && <TextView blob={attachment.blob} />}
        {kind === 'pdf' && <PdfView blob={attachment.blob} />}
        {kind === 'none' && <Notice message="attachments.preview.none" color="gray" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button leftSection={<IconDownload size={18} />} onClick={onDownload}>
            {t('attachments.action.download')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Notice({ message, color = 'red', params }: { message: MessageKey; color?: string; params?: Record<string, string> }) {
  const t = useT();
  return (
    <Alert color={color} variant="light" role={color === 'red' ? 'alert' : 'status'} data-testid="attachment-preview-notice">
      {t(message, params)}
    </Alert>
  );
}

function Loading() {
  const t = useT();
  return (
    <Center mih="8rem">
      <Group gap="xs">
        <Loader size="sm" />
        <Text size="sm">{t('attachments.preview.loading')}</Text>
      </Group>
    </Center>
  );
}

function ImageView({ blob, alt }: { blob: Blob; alt: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(blob);
    setUrl(objectUrl);
    setFailed(false);
    return () => URL.revokeObjectURL(objectUrl);
  }, [blob]);
  if (failed) return <Notice message="attachments.preview.imageFailed" />;
  if (!url) return <Loading />;
  return (
    <Center style={{ maxHeight: VIEW_HEIGHT, overflow: 'auto' }}>
      <img
        src={url}
        alt={alt}
        onError={() => setFailed(true)}
        style={{ maxWidth: '100%', maxHeight: VIEW_HEIGHT, objectFit: 'contain' }}
        data-testid="attachment-preview-image"
      />
    </Center>
  );
}

function TextView({ blob }: { blob: Blob }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const [text, setText] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    setText(null);
    blob
      .slice(0, TEXT_PREVIEW_BYTES)
      .arrayBuffer()
      // Not fatal: a character cut by the 1 MB end shows as one replacement mark.
      .then((bytes) => live && setText(new TextDecoder('utf-8').decode(bytes)))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [blob]);
  if (failed) return <Notice message="attachments.preview.textFailed" />;
  if (text === null) return <Loading />;
  return (
    <Stack gap="xs">
      {blob.size > TEXT_PREVIEW_BYTES && (
        <Notice message="attachments.preview.textCut" color="yellow" params={{ size: formatFileSize(TEXT_PREVIEW_BYTES, t, locale) }} />
      )}
      <ScrollArea.Autosize mah={VIEW_HEIGHT} type="auto">
        <Box
          component="pre"
          m={0}
          p="sm"
          data-testid="attachment-preview-text"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: 'var(--mantine-font-size-sm)', background: 'var(--mantine-color-gray-0)' }}
        >
          {text}
        </Box>
      </ScrollArea.Autosize>
    </Stack>
  );
}

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;
const FIT = ZOOMS.indexOf(1);

type PdfState = { state: 'loading' } | { state: 'open'; pdf: PdfHandle } | { state: 'failed'; message: MessageKey };

function PdfView({ blob }: { blob: Blob }) {
  const t = useT();
  const [doc, setDoc] = useState<PdfState>({ state: 'loading' });
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(FIT);
  const [pageFailed, setPageFailed] = useState(false);
  const canvas = useRef<HTMLCanvasElement>(null);
  const { ref: frame, width } = useElementSize();

  useEffect(() => {
    let live = true;
    let opened: PdfHandle | null = null;
    setDoc({ state: 'loading' });
    setPage(1);
    void (async () => {
      try {
        const [{ openPdf }, bytes] = await Promise.all([import('./pdf-document'), blob.arrayBuffer()]);
        const pdf = await openPdf(new Uint8Array(bytes));
        if (!live) {
          void pdf.destroy();
          return;
        }
        opened = pdf;
        setDoc({ state: 'open', pdf });
      } catch (error) {
        if (!live) return;
        const password = error instanceof Error && 'reason' in error && error.reason === 'password';
        if (!password) console.warn('PDF preview', error);
        setDoc({ state: 'failed', message: password ? 'attachments.preview.pdfPassword' : 'attachments.preview.pdfUnreadable' });
      }
    })();
    return () => {
      live = false;
      void opened?.destroy();
    };
  }, [blob]);

  const pdf = doc.state === 'open' ? doc.pdf : null;
  useEffect(() => {
    if (!pdf || !canvas.current || width <= 0) return;
    setPageFailed(false);
    // The scroll bar's room is kept so that fit-to-width does not overflow by the bar.
    const job = pdf.render(page, canvas.current, Math.max(100, Math.floor((width - 16) * ZOOMS[zoom]!)));
    job.promise.catch((error: unknown) => {
      if (error instanceof Error && error.name === 'RenderingCancelledException') return;
      console.warn('PDF page', error);
      setPageFailed(true);
    });
    return job.cancel;
  }, [pdf, page, zoom, width]);

  if (doc.state === 'failed') return <Notice message={doc.message} />;
  const pages = pdf?.pages ?? 0;
  return (
    <Stack gap="xs">
      {pdf && (
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs">
            <Button size="xs" variant="default" leftSection={<IconChevronLeft size={16} />} disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
              {t('attachments.preview.previousPage')}
            </Button>
            <Text size="sm" data-testid="attachment-preview-page" aria-live="polite">
              {t('attachments.preview.page', { page, pages })}
            </Text>
            <Button size="xs" variant="default" rightSection={<IconChevronRight size={16} />} disabled={page >= pages} onClick={() => setPage((p) => p + 1)}>
              {t('attachments.preview.nextPage')}
            </Button>
          </Group>
          <Group gap={4}>
            <ZoomButton label={t('attachments.preview.zoomOut')} disabled={zoom === 0} onClick={() => setZoom((z) => z - 1)} icon={<IconZoomOut size={18} />} />
            <ZoomButton
              label={t('attachments.preview.fitWidth')}
              disabled={zoom === FIT}
              onClick={() => setZoom(FIT)}
              icon={<IconArrowAutofitWidth size={18} />}
            />
            <ZoomButton
              label={t('attachments.preview.zoomIn')}
              disabled={zoom === ZOOMS.length - 1}
              onClick={() => setZoom((z) => z + 1)}
              icon={<IconZoomIn size={18} />}
            />
          </Group>
        </Group>
      )}
      {pageFailed && <Notice message="attachments.preview.pdfUnreadable" />}
      <Box ref={frame} style={{ height: VIEW_HEIGHT, overflow: 'auto', background: 'var(--mantine-color-gray-1)' }}>
        {doc.state === 'loading' && <Loading />}
        <canvas ref={canvas} data-testid="attachment-preview-pdf" style={{ display: pdf ? 'block' : 'none', margin: '0 auto', background: 'white' }} />
      </Box>
    </Stack>
  );
}

function ZoomButton({ label, icon, disabled, onClick }: { label: string; icon: React.ReactNode; disabled: boolean; onClick: () => void }) {
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon variant="default" size="lg" aria-label={label} disabled={disabled} onClick={onClick}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );
}
