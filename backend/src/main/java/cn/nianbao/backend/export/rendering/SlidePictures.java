package cn.nianbao.backend.export.rendering;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlipFillProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTransform2D;
import org.openxmlformats.schemas.drawingml.x2006.main.STShapeType;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPictureNonVisual;

/**
 * A chart's PNG placed on a slide as a picture ({@code p:pic}) at a given place. POI's {@code addPicture} and
 * {@code createPicture} decode every picture in full to learn its size (and {@code addPicture} decodes the earlier
 * ones again to compare them): for eight 2× charts that was a sixth of the pack's CPU time. The size is known here,
 * so the image part, its relationship and the shape are written directly, as PowerPoint writes them.
 */
final class SlidePictures {

    private static final String IMAGE_PARTS = "/ppt/media/image#.png";
    /** Above the ids POI gives the slide's other shapes (two text boxes on a chart slide). */
    private static final long FIRST_SHAPE_ID = 1000;

    private SlidePictures() {
    }

    /** Adds the picture, with {@code description} as its alternative text (what a screen reader says). */
    static void add(XMLSlideShow show, XSLFSlide slide, byte[] png, Rectangle2D anchor, String description) {
        String relationship = imagePart(show, slide, png);
        CTPicture picture = slide.getXmlObject().getCSld().getSpTree().addNewPic();
        CTPictureNonVisual nonVisual = picture.addNewNvPicPr();
        CTNonVisualDrawingProps properties = nonVisual.addNewCNvPr();
        properties.setId(FIRST_SHAPE_ID + slide.getXmlObject().getCSld().getSpTree().sizeOfPicArray());
        properties.setName("图表");
        properties.setDescr(description);
        nonVisual.addNewCNvPicPr().addNewPicLocks().setNoChangeAspect(true);
        nonVisual.addNewNvPr();
        CTBlipFillProperties fill = picture.addNewBlipFill();
        fill.addNewBlip().setEmbed(relationship);
        fill.addNewStretch().addNewFillRect();
        CTShapeProperties shape = picture.addNewSpPr();
        CTTransform2D place = shape.addNewXfrm();
        place.addNewOff().setX(Units.toEMU(anchor.getX()));
        place.getOff().setY(Units.toEMU(anchor.getY()));
        place.addNewExt().setCx(Units.toEMU(anchor.getWidth()));
        place.getExt().setCy(Units.toEMU(anchor.getHeight()));
        shape.addNewPrstGeom().setPrst(STShapeType.RECT);
    }

    /** The PNG as a part of the package, related to the slide; the relationship's id. */
    private static String imagePart(XMLSlideShow show, XSLFSlide slide, byte[] png) {
        try {
            PackagePartName name = PackagingURIHelper.createPartName(
                    IMAGE_PARTS.replace("#", Integer.toString(show.getPackage().getUnusedPartIndex(IMAGE_PARTS))));
            PackagePart part = show.getPackage().createPart(name, XSLFRelation.IMAGE_PNG.getContentType());
            try (OutputStream out = part.getOutputStream()) {
                out.write(png);
            }
            PackageRelationship relationship = slide.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    XSLFRelation.IMAGES.getRelation());
            return relationship.getId();
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("cannot name the picture part", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the picture part", e);
        }
    }
}
