package vn.atgt.thidua.account;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** A QR code (ZXing) drawn as a small SVG, served as an image: no script, nothing inline in the page. */
public final class QrCode {

	private QrCode() {
	}

	public static String svg(String text) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Text too long for a QR code", ex);
		}
		int size = matrix.getWidth();
		StringBuilder svg = new StringBuilder(size * size * 4)
			.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(size).append(' ').append(size)
			.append("\" width=\"").append(size * 6).append("\" height=\"").append(size * 6)
			.append("\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				if (matrix.get(x, y)) {
					svg.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return svg.append("\"/></svg>").toString();
	}

}
