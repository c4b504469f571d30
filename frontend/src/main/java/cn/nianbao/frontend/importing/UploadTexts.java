package cn.nianbao.frontend.importing;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload field's own words (button, drop hint, errors) in the page's language; its defaults are English. */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N of(Component page) {
        UploadI18N.AddFiles add = new UploadI18N.AddFiles();
        add.setOne(page.getTranslation("upload.add"));
        add.setMany(page.getTranslation("upload.add"));
        UploadI18N.DropFiles drop = new UploadI18N.DropFiles();
        drop.setOne(page.getTranslation("upload.drop"));
        drop.setMany(page.getTranslation("upload.drop"));
        return new UploadI18N().setAddFiles(add).setDropFiles(drop)
                .setFile(new UploadI18N.File().setRemove(page.getTranslation("upload.remove"))
                        .setRetry(page.getTranslation("upload.retry")).setStart(page.getTranslation("upload.start")))
                .setError(new UploadI18N.Error().setTooManyFiles(page.getTranslation("upload.error.too_many"))
                        .setFileIsTooBig(page.getTranslation("upload.error.too_big"))
                        .setIncorrectFileType(page.getTranslation("upload.error.type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(page.getTranslation("upload.status.connecting"))
                                .setStalled(page.getTranslation("upload.status.stalled"))
                                .setProcessing(page.getTranslation("upload.status.processing"))
                                .setHeld(page.getTranslation("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(page.getTranslation("upload.remaining"))
                                .setUnknown(page.getTranslation("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(page.getTranslation("upload.error.server"))
                                .setUnexpectedServerError(page.getTranslation("upload.error.server"))
                                .setForbidden(page.getTranslation("upload.error.forbidden"))
                                .setFileTooLarge(page.getTranslation("upload.error.too_big"))))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
    }
}
