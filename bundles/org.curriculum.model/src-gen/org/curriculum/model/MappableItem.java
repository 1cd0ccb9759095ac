/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mappable Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An item that a mapping link may point from or to: a module, unit, outcome, criterion, standard, element...
 * <!-- end-model-doc -->
 *
 *
 * @see org.curriculum.model.CurriculumPackage#getMappableItem()
 * @model abstract="true"
 * @generated
 */
public interface MappableItem extends NamedElement {

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Components, learning outcomes, assessment criteria and standards have a title; standards have a code.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validateRequiredFields(DiagnosticChain diagnostics, Map<Object, Object> context);
} // MappableItem
